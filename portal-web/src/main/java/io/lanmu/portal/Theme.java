package io.lanmu.portal;

import io.lanmu.column.ColumnNode;
import io.lanmu.column.SiteTree;
import java.util.List;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.http.HttpStatus;

/**
 * Draws pages from the configured theme folder and gives every page what its frame needs: the site's name, the
 * top navigation and where the theme's static files are.
 */
@org.springframework.stereotype.Component
class Theme {

    private final PortalProperties properties;

    Theme(PortalProperties properties) {
        this.properties = properties;
    }

    ModelAndView page(String template, SiteTree site) {
        String folder = "theme/" + properties.theme();
        ModelAndView page = new ModelAndView(folder + "/" + template);
        page.addObject("theme", folder);
        page.addObject("assets", "/" + folder);
        page.addObject("siteName", properties.siteName());
        page.addObject("navigation", navigation(site));
        return page;
    }

    /** A redirect that carries none of the model along as query parameters. */
    static ModelAndView redirect(String url, HttpStatus status) {
        RedirectView view = new RedirectView(url);
        view.setStatusCode(status);
        view.setExposeModelAttributes(false);
        return new ModelAndView(view);
    }

    static List<NavigationLink> navigation(SiteTree site) {
        return site == null ? List.of()
                : site.roots().stream().filter(ColumnNode::visible)
                        .map(root -> new NavigationLink(root.name(), Links.column(root))).toList();
    }

    record NavigationLink(String name, String url) {
    }
}
