package com.moleculeflow.app.web.molecules;

import com.moleculeflow.app.common.PageRequest.Page;
import com.moleculeflow.app.common.PagingProperties;
import com.moleculeflow.app.identity.CurrentUsers;
import com.moleculeflow.app.molecules.MoleculeCatalog;
import com.moleculeflow.app.molecules.ParentSummary;
import com.moleculeflow.chemistry.Depiction;
import com.moleculeflow.chemistry.InvalidStructureException;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Browse the registry, one parent in detail, and its structure as SVG for the portal's pages. */
@Controller
@RequestMapping("/molecules")
class MoleculePages {

    static final MediaType SVG = MediaType.valueOf("image/svg+xml");

    private final MoleculeCatalog catalog;
    private final CurrentUsers users;
    private final PagingProperties paging;
    private final Depiction depiction = new Depiction();

    MoleculePages(MoleculeCatalog catalog, CurrentUsers users, PagingProperties paging) {
        this.catalog = catalog;
        this.users = users;
        this.paging = paging;
    }

    @GetMapping
    String browse(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                  @RequestParam(required = false) String sort, Model model) {
        Page<ParentSummary> result = catalog.browse(users.current(), paging.request(page, size), sort);
        model.addAttribute("page", result);
        model.addAttribute("sort", sort == null ? "" : sort);
        return "molecules/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("molecule", catalog.detail(users.current(), id));
        return "molecules/detail";
    }

    @GetMapping("/{id}/depiction.svg")
    ResponseEntity<String> depiction(@PathVariable long id) {
        String smiles = catalog.smiles(users.current(), id);
        String svg;
        try {
            svg = depiction.svg(smiles);
        } catch (InvalidStructureException e) {
            svg = "<svg xmlns='http://www.w3.org/2000/svg' width='250' height='200'><text x='10' y='100' font-size='12'>no drawing</text></svg>";
        }
        return ResponseEntity.ok().contentType(SVG).cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate()).body(svg);
    }
}
