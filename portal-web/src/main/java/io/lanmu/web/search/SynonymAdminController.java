package io.lanmu.web.search;

import io.lanmu.search.SearchSynonyms;
import io.lanmu.shared.Actor;
import io.lanmu.shared.Role;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The synonyms and words searches use; a change applies to the next search, on every instance within seconds. */
@RestController
@RequestMapping("/api/admin/search/synonyms")
class SynonymAdminController {

    private final SearchSynonyms synonyms;

    SynonymAdminController(SearchSynonyms synonyms) {
        this.synonyms = synonyms;
    }

    @Operation(summary = "The shipped entries (without id) and those admins added")
    @GetMapping
    List<SearchSynonyms.Entry> list(Actor actor) {
        actor.require(Role.ADMIN);
        return synonyms.all();
    }

    @Operation(summary = "Add a synonym (个税: 个人所得税) or, without alternatives, a word searched as written")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SearchSynonyms.Entry add(@RequestBody NewSynonym synonym, Actor actor) {
        actor.require(Role.ADMIN);
        return synonyms.add(synonym.term(), synonym.alternatives(), synonym.source(), actor);
    }

    @Operation(summary = "Remove an added entry")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable long id, Actor actor) {
        actor.require(Role.ADMIN);
        synonyms.remove(id, actor);
    }

    /**
     * @param term what visitors type (2 to 50 characters)
     * @param alternatives how the site writes it (at most 8); none for a word of its own
     * @param source where the equivalence comes from: the official term and where it is used
     */
    record NewSynonym(String term, List<String> alternatives, String source) {
    }
}
