package gloss.property;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Generators of hostile input for the property tests: Markdown bodies, YAML front matter and registries,
 * and raw bytes. Each is a pure function of a {@link Random}, so a seed reproduces a failing input.
 * Script payloads call {@code gloss_pwn}, which a successful build must never let run.
 */
final class Gen {
    static final String PWN = "gloss_pwn";

    private static final List<String> WORDS = List.of("the", "plan", "would", "freeze", "line", "Київ", "Москва",
            "東京", "مرحبا", "שלום", "naïve", "e\u0301", "🇺🇦", "👍🏽", "\u200b", "\u202e", "\ufeff", "\u00a0", "x", "—",
            "\uFFFD", "&amp;", "&#0;", "&#xD800;", "&nbsp;", "\\", "\\*", "%", "${x}", "<#if>", "{{x}}", "'", "\"");
    private static final List<String> IDS = List.of("wire-one", "paper-two", "state-three", "wire-onee", "nobody", "",
            "Wire-One", "wire one", "wire-one]", "@", "x".repeat(300), "ü");
    private static final List<String> REFS = List.of("provision:1", "provision:2", "provision:2#detail", "provision:2#nope",
            "provision:99", "provision:", "provision:-1", "provision:01", "provision:99999999999999999999", "actor:alice",
            "actor:nobody", "topic:territory", "topic:x", "reaction:2025-11-21-alice-statement", "reaction:nope",
            "source:wire-one", "source:wire-one#x", "page:methodology", "page:home", "page:sources", "page:nope",
            "page:../../etc/passwd", "document:counter-draft", "unknown:x", "javascript:" + PWN + "()",
            "JaVaScRiPt:" + PWN + "()", "java\tscript:" + PWN + "()", "data:text/html,<script>" + PWN + "()</script>",
            "https://example.org/a b", "//evil.example", "#", "#detail", "../x", "mailto:a@b", "");

    private final Random r;

    Gen(Random r) {
        this.r = r;
    }

    private <T> T pick(List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    @SafeVarargs
    private String oneOf(Supplier<String>... choices) {
        return choices[r.nextInt(choices.length)].get();
    }

    private String repeat(int max, Supplier<String> part, String sep) {
        StringBuilder out = new StringBuilder();
        int n = r.nextInt(max + 1);
        for (int i = 0; i < n; i++) out.append(i == 0 ? "" : sep).append(part.get());
        return out.toString();
    }

    // ---- Markdown --------------------------------------------------------------------------------

    String word() {
        return oneOf(() -> pick(WORDS), () -> Integer.toString(r.nextInt(1000)), this::randomCodePoints);
    }

    private String randomCodePoints() {
        StringBuilder out = new StringBuilder();
        for (int i = 0, n = 1 + r.nextInt(6); i < n; i++) {
            int cp = switch (r.nextInt(4)) {
                case 0 -> 0x20 + r.nextInt(0x5f);
                case 1 -> r.nextInt(0x20);
                case 2 -> 0xa0 + r.nextInt(0x2000);
                default -> r.nextInt(Character.MAX_CODE_POINT + 1);
            };
            if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    String citation() {
        return oneOf(
                () -> "[@" + pick(IDS) + "]",
                () -> "[@" + pick(IDS) + ", " + oneOf(() -> "p. " + r.nextInt(99), this::word, () -> "point 21(d)") + "]",
                () -> "[" + repeat(4, () -> "@" + pick(IDS), "; ") + "]",
                () -> "[@" + pick(IDS),
                () -> "@" + pick(IDS),
                () -> "[-@" + pick(IDS) + "]",
                () -> "[see @" + pick(IDS) + " p. 3]",
                () -> "[@@" + pick(IDS) + "]",
                () -> "[@" + pick(IDS) + "][@" + pick(IDS) + "]",
                () -> "[@wire-one]");
    }

    String inline() {
        return oneOf(
                this::word, this::word, this::word,
                () -> "*" + word() + "*", () -> "**" + word() + "**", () -> "_" + word() + "_", () -> "***", () -> "_*",
                () -> "`" + word() + "`", () -> "``" + word(), () -> "`",
                this::citation, this::citation,
                () -> "[" + word() + "](" + pick(REFS) + ")",
                () -> "[" + word() + "](" + pick(REFS) + " \"" + word() + "\")",
                () -> "[" + word() + "][" + word() + "]",
                () -> "![" + word() + "](" + pick(REFS) + ")",
                () -> "<" + pick(List.of("https://example.org/x", "mailto:a@b.c", "javascript:" + PWN + "()")) + ">",
                () -> "https://example.org/" + word(),
                () -> "[", () -> "]", () -> "[[" + word() + "]]", () -> "[^" + r.nextInt(4) + "]",
                () -> "<b>" + word() + "</b>",
                () -> "<span onclick=\"" + PWN + "()\">x</span>",
                () -> "<img src=x onerror=" + PWN + "()>",
                () -> "<a href=\"javascript:" + PWN + "()\">x</a>",
                () -> "<script>" + PWN + "()</script>",
                () -> "<svg onload=" + PWN + "()>",
                () -> "<!-- " + word(),
                () -> "\\" + word(),
                () -> "~~" + word() + "~~",
                () -> "&" + word() + ";");
    }

    String line() {
        return repeat(12, this::inline, " ");
    }

    String block() {
        return oneOf(
                () -> line(), () -> line(), () -> line() + " " + citation(),
                () -> "#".repeat(1 + r.nextInt(7)) + " " + line(),
                () -> repeat(5, () -> pick(List.of("- ", "* ", "1. ", "  - ", "    - ", "2) ", "-")) + line(), "\n"),
                () -> "> " + line() + "\n> " + line(),
                () -> "```" + pick(List.of("", "js", "html", "`")) + "\n" + line() + (r.nextBoolean() ? "\n```" : ""),
                () -> "    " + line(),
                () -> "| " + word() + " | " + word() + " |\n|---|---|\n| " + line() + " | " + citation() + " |",
                () -> "[^" + r.nextInt(4) + "]: " + line(),
                () -> "[" + word() + "]: " + pick(REFS),
                () -> "<div>\n" + line() + "\n</div>",
                () -> "<script>\n" + PWN + "()\n</script>",
                () -> "<iframe src=\"https://example.org\"></iframe>",
                () -> "<details open ontoggle=" + PWN + "()><summary>x</summary></details>",
                () -> "<style>body{}</style>",
                () -> "---", () -> "***", () -> "===", () -> "",
                () -> "FILL IN: " + line(),
                () -> line().repeat(1 + r.nextInt(3)).replace("\n", " ") + " " + "x".repeat(r.nextInt(20_000)),
                () -> "[".repeat(r.nextInt(2_000)) + "]".repeat(r.nextInt(2_000)),
                () -> "*_".repeat(r.nextInt(2_000)),
                () -> "`".repeat(r.nextInt(500)) + word(),
                () -> "> ".repeat(r.nextInt(200)) + word(),
                () -> "- ".repeat(r.nextInt(200)) + word(),
                () -> "[@wire-one".repeat(r.nextInt(500)),
                () -> ("[" + word() + "](provision:1) ").repeat(r.nextInt(300)));
    }

    /** A Markdown body: blocks separated by blank or single newlines, sometimes CRLF. */
    String markdown() {
        String body = repeat(12, this::block, r.nextInt(4) == 0 ? "\n" : "\n\n");
        if (r.nextInt(10) == 0) body = body.replace("\n", "\r\n");
        return body + (r.nextBoolean() ? "\n" : "");
    }

    // ---- YAML ------------------------------------------------------------------------------------

    private static final List<String> KEYS = List.of("number", "title", "topics", "summary", "text", "text_sources",
            "sourcing", "versions", "draft", "actor", "date", "medium", "stance", "provisions", "quote", "quote_sources",
            "sources", "id", "name", "role", "organisation", "country", "publisher", "url", "kind", "via", "reliability",
            "note", "author", "base_url", "published", "updated", "language", "authors", "subtitle", "description",
            "document", "status", "into", "proposer");

    String scalar() {
        return oneOf(
                this::word, () -> "\"" + word().replace("\\", "\\\\").replace("\"", "\\\"") + "\"", () -> "'" + word() + "'",
                () -> Integer.toString(r.nextInt(40) - 5), () -> Long.toString(r.nextLong()), () -> "1.5e3", () -> ".nan",
                () -> pick(List.of("2025-11-21", "2025-02-30", "2025-13-01", "21/11/2025", "2025-11-21T10:00:00Z", "0000-00-00")),
                () -> pick(List.of("true", "false", "yes", "no", "null", "~", "", "all", "weak", "low", "wire", "opposes")),
                () -> pick(IDS), () -> "\"FILL IN: " + word() + "\"",
                () -> "|\n  " + word() + "\n  " + word(), () -> ">-\n  " + word(),
                () -> "&a " + word(), () -> "*a", () -> "*undefined",
                () -> "!!binary " + word(), () -> "!!int " + word(), () -> "!custom " + word(), () -> "!!str",
                () -> "\"\\u0000\\x00\\ud800\"", () -> "\"" + "x".repeat(r.nextInt(5000)) + "\"",
                () -> "https://example.org/" + word(), () -> "javascript:" + PWN + "()");
    }

    String value(int depth) {
        if (depth > 3) return scalar();
        return oneOf(
                this::scalar, this::scalar, this::scalar,
                () -> "[" + repeat(5, this::scalar, ", ") + "]",
                () -> "{" + repeat(3, () -> pick(KEYS) + ": " + scalar(), ", ") + "}",
                () -> "\n" + repeat(4, () -> "  ".repeat(depth + 1) + "- " + value(depth + 1), "\n"),
                () -> "\n" + repeat(4, () -> "  ".repeat(depth + 1) + pick(KEYS) + ": " + value(depth + 1), "\n"));
    }

    String yamlLine() {
        return oneOf(
                () -> pick(KEYS) + ": " + value(0), () -> pick(KEYS) + ": " + value(0), () -> pick(KEYS) + ": " + value(0),
                () -> word() + ": " + value(0),
                () -> pick(KEYS) + ": " + word() + ": " + word(),
                () -> "\t" + pick(KEYS) + ": x",
                () -> "  " + pick(KEYS) + ": x",
                () -> pick(KEYS) + ": \"unclosed",
                () -> pick(KEYS) + ": [unclosed",
                () -> "? " + word() + "\n: " + word(),
                () -> "[" + word() + "]: x",
                () -> "- " + scalar(),
                () -> "# " + word(),
                () -> "---", () -> "...", () -> "%YAML 1.1", () -> "<<: *a",
                () -> "&a x: " + scalar(),
                () -> "a: &a [*a]",
                () -> word());
    }

    String yaml() {
        return repeat(10, this::yamlLine, "\n") + "\n";
    }

    /** A list of mappings, the shape of a registry, with random keys and values. */
    String registry() {
        return oneOf(
                () -> repeat(6, () -> "- " + repeat(6, () -> pick(KEYS) + ": " + value(1), "\n  "), "\n") + "\n",
                this::yaml,
                () -> "",
                () -> "- id: wire-one\n  publisher: P\n  title: T\n  date: 2025-11-20\n  kind: wire\n" + yaml());
    }

    /** A whole note: front matter (random, broken or missing) and a body. */
    String note(String body) {
        return oneOf(
                () -> "---\n" + yaml() + "---\n" + body,
                () -> "---\n" + yaml() + "---\n" + body,
                () -> "---\n" + yaml() + body,
                () -> "---\n---\n" + body,
                () -> "---\n- a\n- b\n---\n" + body,
                () -> "---\nplain scalar\n---\n" + body,
                () -> "---\r\n" + yaml().replace("\n", "\r\n") + "---\r\n" + body,
                () -> "\ufeff---\n" + yaml() + "---\n" + body,
                () -> " ---\n" + yaml() + "---\n" + body,
                () -> body);
    }

    // ---- bytes -----------------------------------------------------------------------------------

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (r.nextInt(3) == 0) out.writeBytes("---\ntitle: x\n---\n".getBytes(StandardCharsets.UTF_8));
        int parts = r.nextInt(12);
        for (int i = 0; i < parts; i++) {
            switch (r.nextInt(9)) {
                case 0 -> { byte[] b = new byte[r.nextInt(512)]; r.nextBytes(b); out.writeBytes(b); }
                case 1 -> out.writeBytes(new byte[]{(byte) 0xC0, (byte) 0x80});          // overlong NUL
                case 2 -> out.writeBytes(new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}); // encoded surrogate
                case 3 -> out.write(0x80 + r.nextInt(0x40));                             // lone continuation byte
                case 4 -> out.writeBytes(new byte[]{(byte) 0xF0, (byte) 0x9F});           // truncated sequence
                case 5 -> out.writeBytes(new byte[r.nextInt(64)]);                        // NULs
                case 6 -> out.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // BOM, anywhere
                case 7 -> out.writeBytes(new byte[]{'\r', '\r', '\n', '\r'});
                default -> out.writeBytes(markdown().getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }
}
