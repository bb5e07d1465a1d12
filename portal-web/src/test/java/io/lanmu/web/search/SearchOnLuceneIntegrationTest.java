package io.lanmu.web.search;

class SearchOnLuceneIntegrationTest extends SearchIntegrationTests {
}
