package io.lanmu.faults;

import static io.lanmu.load.Http.expect;

import io.lanmu.load.Http;
import io.lanmu.testsupport.TestSite;

/**
 * An editor of a column of their own and an approver, set up by the first start's admin through the API, as an
 * installation's administrator would.
 */
record Staff(long columnId, String editor, String approver) {

    static String admin(Http http) {
        return http.signIn("admin", TestSite.PASSWORD);
    }

    static Staff setUp(Http http) {
        String admin = admin(http);
        long column = expect(http.postJson("/api/admin/columns", admin, """
                {"name": "停机测试", "slug": "kill-test", "kind": "LIST"}"""), 201).id();
        long editor = person(http, admin, "kill-editor", "EDITOR");
        expect(http.putJson("/api/admin/users/%d/columns".formatted(editor), admin,
                "{\"columnIds\": [" + column + "]}"), 200);
        person(http, admin, "kill-approver", "APPROVER");
        return new Staff(column, http.signIn("kill-editor", TestSite.PASSWORD),
                http.signIn("kill-approver", TestSite.PASSWORD));
    }

    /** Creates an item with this title and submits it for review. */
    long submitted(Http http, String title) {
        long id = expect(http.postJson("/api/admin/items", editor, """
                {"columnId": %d, "title": "%s", "body": "<p>%s的正文。</p>", "category": "GENERAL"}"""
                .formatted(columnId, title, title)), 201).id();
        expect(http.postJson("/api/admin/items/%d/submit".formatted(id), editor, null), 200);
        return id;
    }

    private static long person(Http http, String admin, String username, String role) {
        return expect(http.postJson("/api/admin/users", admin, """
                {"username": "%s", "displayName": "%s", "password": "%s", "roles": ["%s"]}"""
                .formatted(username, username, TestSite.PASSWORD, role)), 201).id();
    }
}
