package gloss.content;

import java.util.List;

/**
 * One point of the plan. {@code slug} is the file stem ({@code 06-army-cap}), which is also its URL,
 * so renaming the title never breaks a link. {@code weakSourcing} marks points whose wording the
 * sources confirm only weakly. {@code gist} is the one line that follows the title in the list of all
 * points on the home page ({@link #GIST_MAX} characters at most); without it the list shows the summary.
 */
public record Provision(int number, String slug, String title, List<Ref> topics, String summary,
                        java.util.Optional<String> gist, String text,
                        List<Ref> textSources, boolean weakSourcing, List<Version> versions, boolean draft,
                        Body body, List<Correction> corrections, Location at, NoteDates dates) {
    /** Long enough for a few words after the title, short enough that title and gist fit one line on a desktop. */
    public static final int GIST_MAX = 80;
}
