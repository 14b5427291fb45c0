package gloss.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The names under which the preview answers, checked against each request's {@code Host} header. A
 * page on any web site can make the reader's browser send requests to 127.0.0.1 under a name of its own
 * that it re-points at 127.0.0.1 (DNS rebinding); the browser then lets that page read the answers,
 * drafts and diagnostics with absolute paths included. Such a request carries the attacker's name in
 * its Host header, so serve answers only the names it is served under: by default the loopback names
 * {@code localhost}, {@code 127.0.0.1} and {@code [::1]}; with {@code --host H}, also H; with a
 * wildcard {@code --host 0.0.0.0} or {@code ::}, any IP address (a rebinding attack needs a name) and
 * this machine's name. The port must be the one served.
 */
final class AllowedHosts {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final Set<String> names = new TreeSet<>();
    private final boolean anyAddress;
    private final int port;

    AllowedHosts(String host, int port) {
        this.port = port;
        names.addAll(LOOPBACK);
        String h = name(host);
        boolean wildcard;
        try {
            wildcard = InetAddress.getByName(host).isAnyLocalAddress();
        } catch (UnknownHostException e) {
            wildcard = false;
        }
        this.anyAddress = wildcard;
        if (!wildcard) names.add(h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h);
        else {
            try {
                names.add(name(InetAddress.getLocalHost().getHostName()));
            } catch (UnknownHostException e) {
                // no name for this machine: IP addresses and loopback names still work
            }
        }
    }

    /** True when a request with this {@code Host} header value is for this preview. */
    boolean allows(String hostHeader) {
        if (hostHeader == null) return false;
        String value = hostHeader.strip();
        String hostPart = value;
        String portPart = null;
        int colon = value.lastIndexOf(':');
        if (colon >= 0 && colon > value.lastIndexOf(']')) {
            hostPart = value.substring(0, colon);
            portPart = value.substring(colon + 1);
        }
        if (portPart == null ? port != 80 : !portPart.equals(Integer.toString(port))) return false;
        String h = name(hostPart);
        if (names.contains(h)) return true;
        return anyAddress && (IPV4.matcher(h).matches() || (h.startsWith("[") && h.endsWith("]") && h.length() > 2));
    }

    /** What to tell a browser that asked under another name. */
    String refusal(String hostHeader) {
        return "Misdirected request: gloss serve answers only requests for " + String.join(", ", names)
                + (anyAddress ? " or an IP address of this machine" : "") + " on port " + port
                + ", not for '" + (hostHeader == null ? "(no Host header)" : hostHeader) + "'. Open the preview under one of those "
                + "names, or start serve with --host NAME.";
    }

    /** A host name as compared: lower case, without a final dot. */
    private static String name(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }
}
