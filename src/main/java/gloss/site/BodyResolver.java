package gloss.site;

import gloss.content.Body;
import gloss.content.Diagnostics;
import gloss.content.Location;
import gloss.content.Page;
import gloss.content.PlanDocument;
import gloss.content.Provision;
import gloss.content.ProvisionNumber;
import gloss.content.Reaction;
import gloss.markdown.BodyLinks;
import gloss.markdown.CiteItem;
import gloss.markdown.Citation;
import gloss.markdown.CrossReferences;
import gloss.markdown.Headings;
import gloss.markdown.ParsedBody;
import gloss.text.Suggest;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Resolves what the note bodies point at: citation keys to sources, cross-references
 * ({@code provision:7#anchor}, {@code actor:peskov} ...) to page URLs, and links written as relative
 * paths to pages that exist. Each body belongs to one page (its note's), which is where its relative
 * links start and whose section ids its anchors may name. Problems are reported at the line.
 */
final class BodyResolver {
    private static final Pattern HAS_SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*:.*");

    private final SiteModel site;
    private final Diagnostics diagnostics;
    /** The site's files by path (index.html of every page, assets, exports). */
    private final Set<String> files;
    private final String basePath;
    /** Each body's page URL and the ids on that page: its headings' and the template's sections. */
    private final Map<Body, String> pageOf = new IdentityHashMap<>();
    private final Map<String, Set<String>> idsByPage = new HashMap<>();
    private final Map<Body, List<Headings.Entry>> headings = new IdentityHashMap<>();
    /** Every {@code scheme:id} a body links to. */
    private final Set<String> linked = new HashSet<>();

    BodyResolver(SiteModel site, Set<String> otherFiles, Diagnostics diagnostics) {
        this.site = site;
        this.diagnostics = diagnostics;
        this.files = new HashSet<>(otherFiles);
        SitePages.of(site).forEach(p -> files.add(Urls.file(p.url())));
        String path = URI.create(site.content().explainer().baseUrl()).getPath();
        this.basePath = path == null || path.isEmpty() ? "/" : path;
    }

    Map<Body, ResolvedBody> resolveAll(Map<Body, ParsedBody> parsed) {
        Set<String> provisionSections = Anchors.provisionSections(site.content().documents());
        for (Provision p : site.provisions().values()) page(p.body(), Urls.provision(p.slug()), provisionSections, parsed);
        for (Reaction r : site.content().reactions()) page(r.body(), Urls.reaction(r.slug()), Anchors.noteSections(), parsed);
        for (Page p : site.content().pages()) page(p.body(), Urls.page(p.slug()), Anchors.noteSections(), parsed);
        for (PlanDocument d : site.content().documents()) {
            d.notes().ifPresent(b -> page(b, Urls.document(d.id()), Anchors.noteSections(), parsed));
        }
        site.content().home().ifPresent(b -> page(b, Urls.home(), Anchors.noteSections(), parsed));
        // Bodies of notes whose front matter failed: their citations and links are still checked.
        for (Body orphan : site.content().gaps().orphans()) page(orphan, Urls.home(), Anchors.noteSections(), parsed);
        Map<Body, ResolvedBody> out = Resolver.byBody();
        for (Map.Entry<Body, String> e : pageOf.entrySet()) {
            ParsedBody body = parsed.get(e.getKey());
            if (body != null) out.put(e.getKey(), resolve(body, e.getValue(), headings.get(e.getKey())));
        }
        return out;
    }

    /** Records a body's page and that page's ids (its headings, clear of the template's own ids). */
    private void page(Body body, String url, Set<String> sections, Map<Body, ParsedBody> parsed) {
        ParsedBody p = parsed.get(body);
        if (p == null) return;
        Set<String> reserved = new HashSet<>(sections);
        List<Headings.Entry> list = Headings.of(p, reserved).stream()
                .map(h -> Anchors.isGenerated(h.id()) ? new Headings.Entry(h.level(), h.text(), h.id() + "-section", h.node()) : h)
                .toList();
        headings.put(body, list);
        pageOf.put(body, url);
        Set<String> ids = new LinkedHashSet<>(sections);
        list.forEach(h -> ids.add(h.id()));
        idsByPage.put(Urls.file(url), ids);
    }

    /** {@code own} are the body's headings (keyed by the loaded body: the parse may come from an equal, earlier one). */
    private ResolvedBody resolve(ParsedBody body, String pageUrl, List<Headings.Entry> own) {
        Map<Node, String> hrefs = new IdentityHashMap<>();
        Set<String> cited = new LinkedHashSet<>();
        body.document().accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof Citation c) {
                    for (CiteItem item : c.items()) {
                        if (site.sources().containsKey(item.key())) {
                            cited.add(item.key());
                        } else if (site.content().gaps().unreadable("sources").isPresent()) {
                            diagnostics.suppress(site.content().gaps().unreadable("sources").get());
                        } else {
                            diagnostics.error(body.locate(item), "unknown source '" + item.key() + "' in citation",
                                    Suggest.didYouMean(item.key(), site.sources().keySet()));
                        }
                    }
                }
                visitChildren(node);
            }

            @Override
            public void visit(Link link) {
                link(link, body, pageUrl).ifPresent(href -> hrefs.put(link, href));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                if (CrossReferences.isCrossReference(image.getDestination())) {
                    diagnostics.error(body.locate(image), "an image cannot be a cross-reference ('" + image.getDestination() + "')",
                            "drop the '!' to link to the page, or give the image's file or web address");
                }
                visitChildren(image);
            }

            @Override
            public void visit(Text text) {
                CrossReferences.spacedLink(text.getLiteral()).ifPresent(at -> diagnostics.error(body.locate(text),
                        "this cross-reference was not read as a link: it has a space after the scheme",
                        "write it without spaces, e.g. [point 7](provision:7)"));
            }
        });
        Map<Node, String> ids = new IdentityHashMap<>();
        for (Headings.Entry h : own) ids.put(h.node(), h.id());
        return new ResolvedBody(body, new BodyLinks(hrefs, ids), own, cited);
    }

    /**
     * One body that is not part of the content (an editor's draft text given to {@code gloss render}),
     * resolved as if it were on {@code pageUrl}, after {@link #resolveAll}.
     */
    ResolvedBody resolveOne(Body body, ParsedBody parsed, String pageUrl) {
        page(body, pageUrl, Anchors.noteSections(), Map.of(body, parsed));
        return resolve(parsed, pageUrl, headings.get(body));
    }

    /** Every {@code scheme:id} the bodies resolved so far link to. */
    Set<String> linked() {
        return Set.copyOf(linked);
    }

    /** The site-relative URL a cross-reference leads to (empty for other links, which are only checked). */
    private Optional<String> link(Link link, ParsedBody body, String pageUrl) {
        String destination = link.getDestination();
        Location at = body.locate(link);
        Optional<String> problem = CrossReferences.problem(destination);
        if (problem.isPresent()) {
            diagnostics.error(at, problem.get());
            return Optional.empty();
        }
        Optional<CrossReferences.Target> target = CrossReferences.parse(destination);
        if (target.isPresent()) return crossReference(target.get(), at);
        checkPlainLink(destination, pageUrl, at);
        return Optional.empty();
    }

    private Optional<String> crossReference(CrossReferences.Target t, Location at) {
        Optional<String> url = switch (t.scheme()) {
            case "provision" -> provision(t.id(), at);
            case "reaction" -> lookup(t.id(), site.reactions().keySet(), at, "reaction", Urls::reaction);
            case "actor" -> lookup(t.id(), site.actors().keySet(), at, "actor", Urls::actor);
            case "topic" -> lookup(t.id(), site.topics().keySet(), at, "topic", Urls::topic);
            case "source" -> lookup(t.id(), site.sources().keySet(), at, "source", Urls::source);
            case "page" -> builtInPage(t.id()).or(() -> lookup(t.id(), site.pages().keySet(), at, "page", Urls::page));
            default -> Optional.empty();
        };
        if (url.isEmpty()) return Optional.empty();
        linked.add(t.scheme() + ":" + (t.scheme().equals("provision") ? String.valueOf(ProvisionNumber.parse(t.id()).orElse(0)) : t.id()));
        if (t.anchor().isEmpty()) return url;
        if (url.get().contains("#")) {
            diagnostics.error(at, "a source link cannot carry an #anchor", "link to source:" + t.id() + " alone");
            return url;
        }
        String anchor = t.anchor().get();
        Set<String> ids = idsByPage.getOrDefault(Urls.file(url.get()), Anchors.noteSections());
        if (!ids.contains(anchor)) {
            diagnostics.error(at, "broken cross-reference: no anchor '#" + anchor + "' on " + Urls.file(url.get()),
                    Optional.ofNullable(Suggest.didYouMean(anchor, ids))
                            .orElse("anchors there: " + ids.stream().sorted().collect(Collectors.joining(", "))));
            return url;
        }
        return Optional.of(url.get() + "#" + anchor);
    }

    /** Sections the build makes itself, linkable as {@code page:NAME} like the free pages. */
    private static Optional<String> builtInPage(String name) {
        return Optional.ofNullable(switch (name) {
            case "home" -> Urls.home();
            case "plan" -> Urls.plan();
            case "sources" -> Urls.sources();
            case "timeline" -> Urls.timeline();
            case "reactions" -> Urls.reactions();
            case "actors" -> Urls.actors();
            default -> null;
        });
    }

    private Optional<String> provision(String number, Location at) {
        Provision p = ProvisionNumber.parse(number).stream().mapToObj(n -> site.provisions().get(n))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (p != null) return Optional.of(Urls.provision(p.slug()));
        missing("provision:" + ProvisionNumber.parse(number).orElse(0), "provisions", at,
                "broken cross-reference: no provision '" + number + "'", "provisions are numbered 1 to " + site.provisions().size());
        return Optional.empty();
    }

    private Optional<String> lookup(String id, Collection<String> known, Location at, String what,
                                    java.util.function.Function<String, String> url) {
        if (known.contains(id)) return Optional.of(url.apply(id));
        missing(what + ":" + id, what + "s", at, "broken cross-reference: no " + what + " '" + id + "'", Suggest.didYouMean(id, known));
        return Optional.empty();
    }

    /**
     * A cross-reference to something not published: counted when it (or its registry) could not be
     * read, said plainly when it is a draft, an error otherwise.
     */
    private void missing(String key, String registry, Location at, String message, String hint) {
        var gaps = site.content().gaps();
        Optional<java.nio.file.Path> broken = gaps.unreadable(key).or(() -> gaps.unreadable(registry));
        if (broken.isPresent()) {
            diagnostics.suppress(broken.get());
        } else if (gaps.draft(key).isPresent()) {
            diagnostics.error(at, message + ": it is a draft (" + gaps.draft(key).get().toString().replace('\\', '/') + ")",
                    "publish it by removing draft: true there, or remove this link");
        } else {
            diagnostics.error(at, message, hint);
        }
    }

    /**
     * A link written as a path ({@code ../sources/}, {@code /peace-plan/timeline/}, {@code #section}) must
     * lead to a page or file of the site; web addresses and e-mail links are the reader's to follow.
     */
    private void checkPlainLink(String destination, String pageUrl, Location at) {
        if (destination == null || destination.isEmpty() || destination.startsWith("//")) return;
        if (HAS_SCHEME.matcher(destination).matches()) return;
        int hash = destination.indexOf('#');
        String path = hash < 0 ? destination : destination.substring(0, hash);
        String fragment = hash < 0 ? "" : URLDecoder.decode(destination.substring(hash + 1), StandardCharsets.UTF_8);
        String target;
        try {
            target = target(path, pageUrl);
        } catch (IllegalArgumentException e) {
            diagnostics.error(at, "link '" + destination + "' is not a valid URL", "write spaces as %20, or use a cross-reference");
            return;
        }
        if (target == null) {
            diagnostics.error(at, "link '" + destination + "' leads outside the site",
                    "link to pages of the explainer with cross-references such as [point 7](provision:7)");
            return;
        }
        if (!files.contains(target)) {
            diagnostics.error(at, "broken link '" + destination + "': the site has no " + target,
                    "use a cross-reference such as [point 7](provision:7), which the build checks and keeps up to date");
            return;
        }
        Set<String> ids = idsByPage.get(target);
        if (!fragment.isEmpty() && ids != null && !ids.contains(fragment) && !fragment.startsWith("fn")) {
            diagnostics.error(at, "broken link '" + destination + "': no anchor '#" + fragment + "' on " + target,
                    Suggest.didYouMean(fragment, ids));
        }
    }

    /** The site file a path leads to from a page, or null when it leaves the site. */
    private String target(String path, String pageUrl) {
        String resolved;
        if (path.isEmpty()) {
            resolved = pageUrl;
        } else if (path.startsWith("/")) {
            if (!path.startsWith(basePath)) return null;
            resolved = path.substring(basePath.length());
        } else {
            URI uri = URI.create("https://site.invalid/" + pageUrl).resolve(URI.create(path.replace(" ", "%20")));
            String p = URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
            if (!p.startsWith("/") || p.startsWith("/..")) return null;
            resolved = p.substring(1);
        }
        if (resolved.startsWith("../")) return null;
        return Urls.file(resolved);
    }
}
