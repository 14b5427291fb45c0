import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes a synthetic Gloss explainer of N notes, for benchmarking.
 *
 * <pre>java bench/GenerateCorpus.java N OUTDIR [REPO_ROOT]</pre>
 *
 * OUTDIR/content/ gets the registries (explainer.yaml, sources.yaml, actors.yaml, topics.yaml,
 * events.yaml), ~10% provisions, ~90% reactions, a home.md and three free pages (methodology,
 * corrections, about: the templates link to them), all in the format of
 * docs/content-format.md. If REPO_ROOT/templates exists (REPO_ROOT defaults to the current
 * directory) it is copied to OUTDIR/templates so that Gloss can build OUTDIR as a root.
 *
 * Determinism: one java.util.Random with a fixed seed (its algorithm is fixed by the Java spec),
 * only ordered collections, no clock, no locale-dependent formatting, LF line endings. Hence the
 * same N gives byte-identical output on any JVM. OUTDIR/content and OUTDIR/templates are deleted
 * first so that a smaller N never leaves stale files behind.
 *
 * No dependencies: Java 17 single-file source launch.
 */
public class GenerateCorpus {

    static final long SEED = 20251121L;
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 11, 20);
    static final int DAYS = 373; // reactions span 2025-11-20 .. 2026-11-27
    // Share of reactions with `provisions: all`. The real explainer has far more (most early
    // reactions are to the whole plan), but Gloss lists every such reaction on every provision
    // page, so this share drives a P x R term in the output size: at N=10000, 5% already means
    // ~450 reactions on each of 1000 provision pages.
    static final int ALL_PROVISIONS_PERCENT = 5;

    // ---------------------------------------------------------------- vocabulary
    // Plain lowercase ASCII words: they also make ids and slugs, which must be kebab-case.
    static final String[] WORDS = (
            "plan point ceasefire border line security guarantee guarantees army troops cap sanctions relief "
            + "assets frozen fund reconstruction elections amnesty referendum territory region regions control "
            + "withdrawal zone buffer demilitarised monitoring mission observers treaty agreement draft text "
            + "clause wording negotiators talks round delegation envoy summit capital capitals officials ministry "
            + "minister president leaders parliament allies alliance partners partner membership accession "
            + "energy grid plant nuclear port ports grain shipping corridor humanitarian prisoners exchange "
            + "children return civilians rights language church media sovereignty neutrality status recognition "
            + "de-facto legal binding commitments commitment timeline deadline weeks months phase phases first "
            + "second final review council commission board oversight compliance verification violation "
            + "violations response pressure leverage concession concessions demand demands proposal proposals "
            + "counterproposal amendments revision version earlier later new original public private "
            + "statement remarks comments briefing interview address speech post reports report sources "
            + "diplomats analysts critics supporters opponents observers voters citizens families veterans "
            + "economy budget loans aid package support weapons supplies air defence long-range missiles "
            + "drones strikes attacks front offensive positions lines frontline occupied liberated held "
            + "disputed contested key central major minor broad narrow vague clear specific general "
            + "immediate gradual partial full joint separate bilateral multilateral regional international "
            + "domestic foreign western eastern southern northern european american ukrainian russian "
            + "would could should might must will may said says argued warned noted added stressed insisted "
            + "rejected welcomed accepted questioned described called framed presented dismissed signalled "
            + "the the the the a a a of of of to to to in in in and and and on on for for with with by by "
            + "that that this this as as at it its from not but or be is are was were has have had no any "
            + "more most less least only also still already again yet even however meanwhile instead").split(" ");

    static final String[] HEADINGS = {
        "Background", "What was said", "Context", "What the text says", "How it was received",
        "Open questions", "Why it matters", "Timeline", "The wording", "Positions", "Sources differ",
        "Earlier drafts", "Implementation", "Verification", "Reactions abroad", "What comes next"
    };

    static final String[][] TOPICS = { // id, title
        {"territory", "Territory"}, {"military-limits", "Military limits"},
        {"security-guarantees", "Security guarantees"}, {"sanctions", "Sanctions"},
        {"nato-membership", "NATO membership"}, {"elections", "Elections"}, {"amnesty", "Amnesty"},
        {"frozen-assets", "Frozen assets"}, {"energy", "Energy"}, {"humanitarian", "Humanitarian issues"},
        {"reconstruction", "Reconstruction"}, {"monitoring", "Monitoring and enforcement"}
    };

    static final String[][] PUBLISHERS = { // slug, name, kind
        {"reuters", "Reuters", "wire"}, {"ap", "Associated Press", "wire"}, {"afp", "AFP", "wire"},
        {"interfax", "Interfax-Ukraine", "wire"}, {"bbc", "BBC News", "broadcaster"},
        {"guardian", "The Guardian", "newspaper"}, {"nyt", "The New York Times", "newspaper"},
        {"ft", "Financial Times", "newspaper"}, {"axios", "Axios", "newspaper"}, {"politico", "Politico Europe", "newspaper"},
        {"kyiv-independent", "The Kyiv Independent", "newspaper"}, {"dw", "Deutsche Welle", "broadcaster"},
        {"le-monde", "Le Monde", "newspaper"}, {"spiegel", "Der Spiegel", "newspaper"},
        {"tass", "TASS", "state-media"}, {"ria", "RIA Novosti", "state-media"},
        {"kremlin", "Kremlin press service", "official"}, {"president-ua", "Office of the President of Ukraine", "official"},
        {"state-dept", "U.S. Department of State", "official"}, {"eu-council", "Council of the EU", "official"},
        {"telegram", "Telegram", "social-media"}, {"x", "X", "social-media"}, {"elysee", "Élysée", "official"},
        {"ukrainska-pravda", "Ukrainska Pravda", "newspaper"}
    };

    static final String[] FIRST = {
        "anna", "olena", "maria", "iryna", "sofia", "claire", "emma", "laura", "julia", "nina", "eva", "kate",
        "ines", "marta", "oksana", "yulia", "lena", "greta", "sara", "alice", "andrii", "oleksandr", "dmytro",
        "mykola", "ivan", "petro", "sergei", "dmitry", "yuri", "mark", "john", "david", "paul", "james",
        "thomas", "peter", "lars", "jan", "pierre", "marco"
    };
    static final String[] LAST = {
        "kovalenko", "shevchenko", "bondarenko", "tkachenko", "kravchenko", "melnyk", "boyko", "koval",
        "ivanov", "smirnov", "petrov", "sokolov", "volkov", "popov", "lebedev", "kozlov", "novak", "dvorak",
        "schmidt", "weber", "muller", "fischer", "martin", "bernard", "dubois", "moreau", "laurent", "rossi",
        "russo", "bianchi", "smith", "jones", "brown", "taylor", "wilson", "evans", "walker", "nowak",
        "kowalski", "lindqvist", "andersen", "jensen", "hansen", "virtanen", "korhonen", "horvat", "kovac",
        "novotny", "svoboda", "garcia", "lopez", "silva", "costa", "santos", "oconnor", "murphy", "kelly",
        "brennan", "walsh", "doyle"
    };
    // Collective actors first: they are the most-reacting ones (low indexes get picked most).
    static final String[][] GROUP_ACTORS = { // id, name, role, organisation, country
        {"kremlin", "The Kremlin", "Russian presidential administration", "Kremlin", "Russia"},
        {"e3-leaders", "E3 leaders", "Leaders of France, Germany and the United Kingdom", "E3", "Europe"},
        {"white-house", "The White House", "U.S. presidential administration", "White House", "United States"},
        {"nato", "NATO", "Military alliance", "North Atlantic Treaty Organization", "International"},
        {"eu-commission", "European Commission", "EU executive", "European Union", "Europe"},
    };
    static final String[] ROLES = {
        "Foreign minister", "Defence minister", "Member of parliament", "Presidential adviser", "Spokesperson",
        "Prime minister", "Envoy", "Ambassador", "Party leader", "Governor", "Military commander", "Analyst"
    };
    static final String[] COUNTRIES = {
        "Ukraine", "Russia", "United States", "France", "Germany", "United Kingdom", "Poland", "Italy",
        "Finland", "Türkiye", "Hungary", "China"
    };
    static final String[][] MEDIA = { // medium, slug used in file names
        {"national address", "address"}, {"Telegram post", "telegram"}, {"TV interview", "interview"},
        {"press briefing", "briefing"}, {"written statement", "statement"}, {"X post", "post"},
        {"speech", "speech"}, {"press conference", "press-conference"}, {"op-ed", "op-ed"}
    };
    static final String[] STANCES = {"supports", "opposes", "mixed", "neutral", "unclear"};

    // ---------------------------------------------------------------- model
    record Source(String id) {}
    record Actor(String id, String name) {}
    record Provision(int number, String slug, String title) {}
    record Reaction(String stem, LocalDate date, int actor, String medium) {}

    final Random rnd = new Random(SEED);
    final int n, nProvisions, nReactions, nSources, nActors, nEvents;
    final double[] sourceCdf; // Zipf(1) over source ranks: a few sources are cited from hundreds of pages
    final double[] actorCdf;  // milder skew: some actors react far more often than others
    final List<Source> sources = new ArrayList<>();
    final List<Actor> actors = new ArrayList<>();
    final List<Provision> provisions = new ArrayList<>();
    final List<Reaction> reactions = new ArrayList<>();

    GenerateCorpus(int n) {
        this.n = n;
        nProvisions = Math.max(1, n / 10);
        nReactions = n - nProvisions;
        nSources = Math.max(10, n / 10);
        nActors = Math.max(GROUP_ACTORS.length, n / 20);
        nEvents = Math.max(2, n / 50);
        sourceCdf = zipfCdf(nSources, 1.0);
        actorCdf = zipfCdf(nActors, 0.7);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: java bench/GenerateCorpus.java N OUTDIR [REPO_ROOT]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        if (n < 10) {
            System.err.println("N must be at least 10");
            System.exit(2);
        }
        Path out = Paths.get(args[1]);
        Path repoRoot = Paths.get(args.length == 3 ? args[2] : ".");
        deleteTree(out.resolve("content"));
        deleteTree(out.resolve("templates"));
        new GenerateCorpus(n).write(out.resolve("content"));
        Path templates = repoRoot.resolve("templates");
        if (Files.isDirectory(templates)) {
            copyTree(templates, out.resolve("templates"));
        }
    }

    // ---------------------------------------------------------------- driver
    void write(Path content) throws IOException {
        // Names first (bodies cross-reference them), then the files.
        makeSources();
        makeActors();
        makeProvisions();
        makeReactions();

        Files.createDirectories(content.resolve("provisions"));
        Files.createDirectories(content.resolve("reactions"));
        Files.createDirectories(content.resolve("pages"));
        put(content.resolve("explainer.yaml"), explainerYaml());
        put(content.resolve("sources.yaml"), sourcesYaml());
        put(content.resolve("actors.yaml"), actorsYaml());
        put(content.resolve("topics.yaml"), topicsYaml());
        put(content.resolve("events.yaml"), eventsYaml());
        put(content.resolve("home.md"), homeMd());
        // The three free pages the templates' navigation links to (a build fails on broken links).
        put(content.resolve("pages/methodology.md"), freePage("Methodology", "How this corpus is made"));
        put(content.resolve("pages/corrections.md"), freePage("Corrections", "Corrections so far"));
        put(content.resolve("pages/about.md"), freePage("About", "Who writes this"));
        int width = Math.max(2, String.valueOf(nProvisions).length()); // zero-pad so files sort by number
        for (Provision p : provisions) {
            String name = String.format("%0" + width + "d-%s.md", p.number, p.slug);
            put(content.resolve("provisions").resolve(name), provisionMd(p));
        }
        for (int i = 0; i < reactions.size(); i++) {
            Reaction r = reactions.get(i);
            put(content.resolve("reactions").resolve(r.stem + ".md"), reactionMd(r, i));
        }
    }

    void makeSources() {
        for (int i = 0; i < nSources; i++) {
            String[] pub = PUBLISHERS[i % PUBLISHERS.length];
            sources.add(new Source(pub[0] + "-" + slugWord() + "-" + (i + 1)));
        }
    }

    void makeActors() {
        for (String[] g : GROUP_ACTORS) actors.add(new Actor(g[0], g[1]));
        Set<String> used = new TreeSet<>();
        while (actors.size() < nActors) {
            String first = pick(FIRST), last = pick(LAST);
            String id = first + "-" + last;
            if (!used.add(id)) id = id + "-" + (actors.size() + 1); // combinations run out for huge N
            used.add(id);
            actors.add(new Actor(id, cap(first) + " " + cap(last)));
        }
    }

    void makeProvisions() {
        for (int i = 1; i <= nProvisions; i++) {
            String a = slugWord(), b = slugWord();
            provisions.add(new Provision(i, a + "-" + b, cap(a) + " " + b + " " + words(2 + rnd.nextInt(4))));
        }
    }

    void makeReactions() {
        for (int i = 0; i < nReactions; i++) {
            LocalDate date = FIRST_DAY.plusDays(rnd.nextInt(DAYS));
            int actor = zipf(actorCdf);
            String[] medium = pick(MEDIA);
            // The counter makes stems unique even for the same actor, day and medium.
            String stem = date + "-" + actors.get(actor).id + "-" + medium[1] + "-" + (i + 1);
            reactions.add(new Reaction(stem, date, actor, medium[0]));
        }
    }

    // ---------------------------------------------------------------- registries
    String explainerYaml() {
        return "title: " + q("Synthetic explainer of " + n + " notes") + "\n"
                + "subtitle: " + q("Benchmark corpus, generated by bench/GenerateCorpus.java") + "\n"
                + "description: " + q("A synthetic explainer used to measure Gloss build times. Its text is random words.") + "\n"
                + "language: en\n"
                + "base_url: https://example.org/bench/\n"
                + "published: 2025-11-21\n"
                + "updated: 2026-11-27\n"
                + "publisher: Gloss\n"
                + "authors: [Gloss editors]\n";
    }

    String sourcesYaml() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sources.size(); i++) {
            String[] pub = PUBLISHERS[i % PUBLISHERS.length];
            sb.append("- id: ").append(sources.get(i).id).append('\n');
            sb.append("  publisher: ").append(q(pub[1])).append('\n');
            sb.append("  title: ").append(q(headline())).append('\n');
            if (rnd.nextInt(10) < 4) sb.append("  author: ").append(q(cap(pick(FIRST)) + " " + cap(pick(LAST)))).append('\n');
            sb.append("  date: ").append(FIRST_DAY.minusDays(10).plusDays(rnd.nextInt(DAYS + 10))).append('\n');
            if (rnd.nextInt(100) < 85) sb.append("  url: https://example.org/").append(pub[0]).append('/').append(sources.get(i).id).append('\n');
            sb.append("  kind: ").append(pub[2]).append('\n');
            if (rnd.nextInt(100) < 5) sb.append("  via: ").append(q(pick(PUBLISHERS)[1])).append('\n');
            if (pub[2].equals("state-media")) sb.append("  reliability: low\n");
            if (rnd.nextInt(100) < 5) sb.append("  note: ").append(q("Date approximate (from the URL).")).append('\n');
        }
        return sb.toString();
    }

    String actorsYaml() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < actors.size(); i++) {
            Actor a = actors.get(i);
            String role, org, country;
            if (i < GROUP_ACTORS.length) {
                role = GROUP_ACTORS[i][2]; org = GROUP_ACTORS[i][3]; country = GROUP_ACTORS[i][4];
            } else {
                role = pick(ROLES); country = pick(COUNTRIES); org = "Government of " + country;
            }
            sb.append("- id: ").append(a.id).append('\n');
            sb.append("  name: ").append(q(a.name)).append('\n');
            sb.append("  role: ").append(q(role)).append('\n');
            sb.append("  organisation: ").append(q(org)).append('\n');
            sb.append("  country: ").append(q(country)).append('\n');
        }
        return sb.toString();
    }

    String topicsYaml() {
        StringBuilder sb = new StringBuilder();
        for (String[] t : TOPICS) {
            sb.append("- id: ").append(t[0]).append('\n');
            sb.append("  title: ").append(q(t[1])).append('\n');
            sb.append("  summary: ").append(q(plainSentence(10 + rnd.nextInt(10)))).append('\n');
        }
        return sb.toString();
    }

    String eventsYaml() {
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < nEvents; i++) dates.add(FIRST_DAY.minusDays(5).plusDays(rnd.nextInt(DAYS + 5)));
        dates.sort(Comparator.naturalOrder()); // a timeline reads in date order
        StringBuilder sb = new StringBuilder();
        for (LocalDate d : dates) {
            sb.append("- date: ").append(d).append('\n');
            sb.append("  title: ").append(q(headline())).append('\n');
            sb.append("  summary: ").append(q(plainSentence(12 + rnd.nextInt(12)))).append('\n');
            sb.append("  sources: [").append(String.join(", ", distinctSources(1 + rnd.nextInt(3)))).append("]\n");
        }
        return sb.toString();
    }

    String homeMd() {
        return "---\ntitle: " + q("Synthetic explainer") + "\n---\n"
                + "This explainer is generated for benchmarks. Start with [point 1](provision:1), "
                + "read the [methodology](page:methodology), or browse the topics such as "
                + "[territory](topic:territory).\n";
    }

    String freePage(String title, String heading) {
        return "---\ntitle: " + title + "\n---\n## " + heading + "\n\n"
                + paragraphText(80) + "\n\n" + paragraphText(60) + "\n";
    }

    // ---------------------------------------------------------------- notes
    String provisionMd(Provision p) {
        StringBuilder fm = new StringBuilder("---\n");
        fm.append("number: ").append(p.number).append('\n');
        fm.append("title: ").append(q(p.title)).append('\n');
        int t1 = rnd.nextInt(TOPICS.length);
        fm.append("topics: [").append(TOPICS[t1][0]);
        if (rnd.nextInt(3) == 0) fm.append(", ").append(TOPICS[(t1 + 1 + rnd.nextInt(TOPICS.length - 1)) % TOPICS.length][0]);
        fm.append("]\n");
        fm.append("summary: ").append(q(plainSentence(10 + rnd.nextInt(9)))).append('\n');
        fm.append("text: ").append(q(plainSentence(14 + rnd.nextInt(14)))).append('\n');
        fm.append("text_sources: [").append(String.join(", ", distinctSources(1 + rnd.nextInt(2)))).append("]\n");
        if (rnd.nextInt(10) == 0) fm.append("sourcing: weak\n");
        fm.append("---\n");
        Set<String> cited = new LinkedHashSet<>();
        String body = body(cited, null);
        return fm + body;
    }

    String reactionMd(Reaction r, int index) {
        Set<String> cited = new LinkedHashSet<>();
        String body = body(cited, r.stem); // first: the front matter lists what the body cites
        Actor a = actors.get(r.actor);
        StringBuilder fm = new StringBuilder("---\n");
        fm.append("actor: ").append(a.id).append('\n');
        fm.append("date: ").append(r.date).append('\n');
        fm.append("medium: ").append(r.medium).append('\n');
        fm.append("stance: ").append(pick(STANCES)).append('\n');
        if (rnd.nextInt(100) < ALL_PROVISIONS_PERCENT) {
            fm.append("provisions: all\n");
        } else {
            TreeSet<Integer> nums = new TreeSet<>();
            int k = Math.min(nProvisions, 1 + rnd.nextInt(3));
            while (nums.size() < k) nums.add(1 + rnd.nextInt(nProvisions));
            fm.append("provisions: [").append(nums.stream().map(String::valueOf).collect(Collectors.joining(", "))).append("]\n");
        }
        fm.append("title: ").append(q(a.name + " " + pick(new String[] {"warns", "says", "argues", "insists", "signals", "rejects", "welcomes"})
                + " " + words(4 + rnd.nextInt(5)))).append('\n');
        fm.append("summary: ").append(q(plainSentence(10 + rnd.nextInt(10)))).append('\n');
        if (rnd.nextInt(10) < 4) {
            fm.append("quote: ").append(q("“" + plainSentence(8 + rnd.nextInt(14)) + "”")).append('\n');
            fm.append("quote_sources: [").append(cited.iterator().next()).append("]\n");
        }
        fm.append("sources: [").append(String.join(", ", cited)).append("]\n");
        fm.append("---\n");
        return fm + body;
    }

    /**
     * A body of 400–600 words (as `wc -w` counts them): 2–3 `##` headings, 2–6 paragraphs, sometimes
     * a 2–3 item list, 3–6 citation groups (exactly one per paragraph and per list item, so every
     * block is cited), 1–3 cross-references. Cited source ids are added to {@code cited}.
     */
    String body(Set<String> cited, String selfStem) {
        int targetWords = 420 + rnd.nextInt(161); // 420..580: inside 400..600 with margin
        int groups = 3 + rnd.nextInt(4);          // citation groups = cited blocks
        int items = 0;
        if (groups >= 4 && rnd.nextInt(10) < 6) items = (groups >= 5 && rnd.nextBoolean()) ? 3 : 2;
        int paras = groups - items;               // >= 2
        int headings = (paras >= 3 && rnd.nextBoolean()) ? 3 : 2;

        // Cross-references land in random blocks; a block may get several.
        List<List<String>> xrefs = new ArrayList<>();
        for (int b = 0; b < groups; b++) xrefs.add(new ArrayList<>());
        int nx = 1 + rnd.nextInt(3);
        for (int x = 0; x < nx; x++) xrefs.get(rnd.nextInt(groups)).add(xref(selfStem));

        // Fixed parts first, so that the filler can make the word count come out exactly.
        String[] headingText = new String[headings];
        int h0 = rnd.nextInt(HEADINGS.length); // consecutive entries: distinct headings, distinct anchors
        for (int h = 0; h < headings; h++) headingText[h] = "## " + HEADINGS[(h0 + h) % HEADINGS.length];
        String[] itemText = new String[items];
        boolean ordered = rnd.nextInt(3) == 0;
        for (int i = 0; i < items; i++) {
            String s = sentenceWithCitation(8 + rnd.nextInt(10), citation(cited));
            for (String x : xrefs.get(paras + i)) s += " " + x;
            itemText[i] = (ordered ? (i + 1) + ". " : "- ") + s;
        }
        String[] paraCitation = new String[paras];
        int fixed = 0;
        for (String h : headingText) fixed += wc(h);
        for (String it : itemText) fixed += wc(it);
        for (int p = 0; p < paras; p++) {
            paraCitation[p] = citation(cited);
            fixed += wc(paraCitation[p]);
            for (String x : xrefs.get(p)) fixed += wc(x);
        }

        // Share the remaining words among the paragraphs, unevenly.
        int remaining = targetWords - fixed;
        int[] share = new int[paras];
        double[] weight = new double[paras];
        double total = 0;
        for (int p = 0; p < paras; p++) total += weight[p] = 0.6 + rnd.nextDouble() * 0.8;
        int given = 0;
        for (int p = 0; p < paras - 1; p++) given += share[p] = (int) (remaining * weight[p] / total);
        share[paras - 1] = remaining - given;

        String[] paraText = new String[paras];
        for (int p = 0; p < paras; p++) {
            List<String> sentences = new ArrayList<>();
            int left = share[p];
            while (left > 0) {
                int len = Math.min(left, 8 + rnd.nextInt(15));
                if (left - len < 6) len = left; // no stub sentences at the end
                sentences.add(sentence(len));
                left -= len;
            }
            // The citation goes at the end of one sentence, Pandoc style: "... text [@id]."
            int at = rnd.nextInt(sentences.size());
            String s = sentences.get(at);
            sentences.set(at, s.substring(0, s.length() - 1) + " " + paraCitation[p] + ".");
            for (String x : xrefs.get(p)) sentences.add(1 + rnd.nextInt(sentences.size()), x);
            paraText[p] = String.join(" ", sentences);
        }

        // Layout: heading, paragraphs, heading, [list], paragraphs, [heading, last paragraph].
        StringBuilder sb = new StringBuilder();
        int firstHalf = Math.max(1, (paras - (headings == 3 ? 1 : 0)) / 2);
        int p = 0;
        sb.append(headingText[0]).append("\n\n");
        for (; p < firstHalf; p++) sb.append(paraText[p]).append("\n\n");
        sb.append(headingText[1]).append("\n\n");
        if (items > 0) {
            for (String it : itemText) sb.append(it).append('\n');
            sb.append('\n');
        }
        int secondEnd = headings == 3 ? paras - 1 : paras;
        for (; p < secondEnd; p++) sb.append(paraText[p]).append("\n\n");
        if (headings == 3) {
            sb.append(headingText[2]).append("\n\n");
            for (; p < paras; p++) sb.append(paraText[p]).append("\n\n");
        }
        sb.setLength(sb.length() - 1); // one trailing newline
        return sb.toString();
    }

    /** One citation group: mostly [@id], sometimes [@a; @b] or with a locator. Skewed choice of source. */
    String citation(Set<String> cited) {
        int kind = rnd.nextInt(20);
        if (kind < 3) { // [@a; @b]
            List<String> ids = distinctSources(2);
            cited.addAll(ids);
            return "[@" + ids.get(0) + "; @" + ids.get(1) + "]";
        }
        String id = sources.get(zipf(sourceCdf)).id;
        cited.add(id);
        if (kind < 5) return "[@" + id + ", p. " + (1 + rnd.nextInt(40)) + "]";
        if (kind < 6) return "[@" + id + ", point " + (1 + rnd.nextInt(Math.max(1, nProvisions))) + "]";
        return "[@" + id + "]";
    }

    /** A short sentence carrying one cross-reference link to a note or registry entry that exists. */
    String xref(String selfStem) {
        switch (rnd.nextInt(4)) {
            case 0: {
                int num = 1 + rnd.nextInt(nProvisions);
                return "This bears on [point " + num + "](provision:" + num + ").";
            }
            case 1: {
                Actor a = actors.get(zipf(actorCdf));
                return "[" + a.name + "](actor:" + a.id + ") made a similar argument.";
            }
            case 2: {
                String[] t = pick(TOPICS);
                return "See the wider debate on [" + t[1].toLowerCase() + "](topic:" + t[0] + ").";
            }
            default: {
                String stem = reactions.get(rnd.nextInt(reactions.size())).stem;
                if (stem.equals(selfStem)) stem = reactions.get(0).stem; // harmless even if self again
                return "An [earlier statement](reaction:" + stem + ") took a different line.";
            }
        }
    }

    // ---------------------------------------------------------------- text helpers
    String sentenceWithCitation(int len, String citation) {
        String s = sentence(len);
        return s.substring(0, s.length() - 1) + " " + citation + ".";
    }

    /** A capitalised sentence of exactly len words with occasional *emphasis* and **strong** text. */
    String sentence(int len) {
        return sentence(len, true);
    }

    /** Front matter text gets no Markdown: it is plain text in both Gloss and Hugo. */
    String plainSentence(int len) {
        return sentence(len, false);
    }

    String sentence(int len, boolean markup) {
        String[] w = new String[len];
        for (int i = 0; i < len; i++) w[i] = pick(WORDS);
        w[0] = cap(w[0]);
        if (!markup) return String.join(" ", w) + ".";
        if (len >= 6 && rnd.nextInt(4) == 0) { int i = 1 + rnd.nextInt(len - 2); w[i] = "*" + w[i] + "*"; }
        if (len >= 8 && rnd.nextInt(8) == 0) { int i = 1 + rnd.nextInt(len - 3); w[i] = "**" + w[i]; w[i + 1] = w[i + 1] + "**"; }
        if (len >= 10 && rnd.nextInt(3) == 0) { int i = 2 + rnd.nextInt(len - 4); w[i] = w[i] + ","; }
        return String.join(" ", w) + ".";
    }

    String paragraphText(int words) {
        StringBuilder sb = new StringBuilder();
        while (words > 0) {
            int len = Math.min(words, 8 + rnd.nextInt(12));
            if (sb.length() > 0) sb.append(' ');
            sb.append(sentence(len));
            words -= len;
        }
        return sb.toString();
    }

    String headline() {
        return cap(words(5 + rnd.nextInt(7)));
    }

    String words(int k) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < k; i++) sb.append(i == 0 ? "" : " ").append(pick(WORDS));
        return sb.toString();
    }

    /** A word usable in an id: letters only (no hyphenated words, no stop words). */
    String slugWord() {
        while (true) {
            String w = pick(WORDS);
            if (w.length() >= 4 && w.chars().allMatch(c -> c >= 'a' && c <= 'z')) return w;
        }
    }

    List<String> distinctSources(int k) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        k = Math.min(k, sources.size());
        while (ids.size() < k) ids.add(sources.get(zipf(sourceCdf)).id);
        return new ArrayList<>(ids);
    }

    static int wc(String s) {
        return s.isBlank() ? 0 : s.trim().split("\\s+").length;
    }

    static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** YAML double-quoted scalar: safe for any text (colons, quotes, leading dashes). */
    static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    <T> T pick(T[] a) {
        return a[rnd.nextInt(a.length)];
    }

    static double[] zipfCdf(int size, double exponent) {
        double[] cdf = new double[size];
        double sum = 0;
        for (int i = 0; i < size; i++) cdf[i] = sum += 1.0 / Math.pow(i + 1, exponent);
        for (int i = 0; i < size; i++) cdf[i] /= sum;
        return cdf;
    }

    int zipf(double[] cdf) {
        int i = Arrays.binarySearch(cdf, rnd.nextDouble());
        return Math.min(i >= 0 ? i : -i - 1, cdf.length - 1);
    }

    // ---------------------------------------------------------------- files
    static void put(Path file, String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) Files.delete(p);
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            s.sorted().forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(target);
                    else Files.copy(p, target);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
