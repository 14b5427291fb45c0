package gloss.content;

import java.util.List;

/**
 * One point of the plan. {@code slug} is the file stem ({@code 06-army-cap}), which is also its URL,
 * so renaming the title never breaks a link. {@code weakSourcing} marks points whose wording the
 * sources confirm only weakly.
 */
public record Provision(int number, String slug, String title, List<Ref> topics, String summary, String text,
                        List<Ref> textSources, boolean weakSourcing, List<Version> versions, boolean draft,
                        Body body, List<Correction> corrections, Location at, NoteDates dates) {}
