package gloss.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A later version of the plan from {@code content/documents.yaml}; {@code notes} is the optional
 * {@code content/documents/ID.md} body listing the points new in it; {@code corrections} come from that note.
 */
public record PlanDocument(String id, String title, LocalDate date, String proposer, DocumentStatus status,
                           List<Ref> sources, Optional<String> summary, Optional<Body> notes,
                           List<Correction> corrections, Location at) {}
