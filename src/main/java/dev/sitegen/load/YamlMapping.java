package dev.sitegen.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.Reporter;
import dev.sitegen.diag.SourcePos;

/**
 * Reads a flat YAML mapping of scalars (front matter, {@code _site.yml}) and keeps the
 * position of every key and value in the author's file.
 */
final class YamlMapping {

    /** One {@code key: value} line, or a key with a nested mapping of scalars (see {@code nested}). */
    record Field(String key, SourcePos keyPos, ScalarNode value, SourcePos valuePos, List<Field> entries) {

        Field(String key, SourcePos keyPos, ScalarNode value, SourcePos valuePos) {
            this(key, keyPos, value, valuePos, List.of());
        }

        String text() {
            return value.getValue();
        }

        boolean isNumber() {
            return value.getTag().equals(Tag.INT) || value.getTag().equals(Tag.FLOAT);
        }

        boolean isNull() {
            return value.getTag().equals(Tag.NULL);
        }
    }

    private YamlMapping() {
    }

    /**
     * @param firstLine the line of the file on which {@code yaml} starts
     * @return the fields, or empty when the text is not a mapping of scalars (reported)
     */
    static Optional<List<Field>> parse(String yaml, String file, int firstLine, Reporter reporter) {
        return parse(yaml, file, firstLine, reporter, java.util.Set.of());
    }

    /** @param nested the keys whose value is a mapping of scalars ({@code parts:} in {@code _site.yml}) */
    static Optional<List<Field>> parse(String yaml, String file, int firstLine, Reporter reporter, java.util.Set<String> nested) {
        Node root;
        try {
            Optional<Node> composed = new Compose(LoadSettings.builder().setLabel(file).build()).composeString(yaml);
            if (composed.isEmpty()) return Optional.of(List.of());
            root = composed.get();
        } catch (MarkedYamlEngineException e) {
            SourcePos pos = e.getProblemMark().map(m -> at(file, firstLine, m)).orElse(SourcePos.of(file, firstLine));
            reporter.report(Diagnostic.error(pos, "malformed YAML: " + e.getProblem())
                    .withHint("write one `key: value` per line; quote values that contain `: ` or start with a special character"));
            return Optional.empty();
        } catch (YamlEngineException e) {
            reporter.report(Diagnostic.error(SourcePos.of(file, firstLine), "malformed YAML: " + e.getMessage()));
            return Optional.empty();
        }
        if (!(root instanceof MappingNode mapping)) {
            reporter.report(Diagnostic.error(position(file, firstLine, root), "expected `key: value` lines, found a " + kind(root))
                    .withHint("write one `key: value` per line"));
            return Optional.empty();
        }
        List<Field> fields = new ArrayList<>();
        boolean ok = true;
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                reporter.report(Diagnostic.error(position(file, firstLine, tuple.getKeyNode()), "a key must be a plain word"));
                ok = false;
                continue;
            }
            if (nested.contains(key.getValue()) && tuple.getValueNode() instanceof MappingNode inner) {
                List<Field> entries = new ArrayList<>();
                for (NodeTuple t : inner.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k && t.getValueNode() instanceof ScalarNode v) {
                        entries.add(new Field(k.getValue(), position(file, firstLine, k), v, position(file, firstLine, v)));
                    } else {
                        reporter.report(Diagnostic.error(position(file, firstLine, t.getKeyNode()), "each line under `" + key.getValue()
                                + "` must be `name: value`").withHint("indent one `name: value` per line under `" + key.getValue() + ":`"));
                        ok = false;
                    }
                }
                fields.add(new Field(key.getValue(), position(file, firstLine, key), null, position(file, firstLine, inner), entries));
                continue;
            }
            if (!(tuple.getValueNode() instanceof ScalarNode value)) {
                reporter.report(Diagnostic.error(position(file, firstLine, tuple.getValueNode()),
                                "`" + key.getValue() + "` must be a single value, not a " + kind(tuple.getValueNode()))
                        .withHint("write it on one line: `" + key.getValue() + ": value`"));
                ok = false;
                continue;
            }
            fields.add(new Field(key.getValue(), position(file, firstLine, key), value, position(file, firstLine, value)));
        }
        return ok ? Optional.of(fields) : Optional.empty();
    }

    private static String kind(Node node) {
        return switch (node.getNodeType()) {
            case MAPPING -> "mapping";
            case SEQUENCE -> "list";
            default -> "single value";
        };
    }

    private static SourcePos position(String file, int firstLine, Node node) {
        return node.getStartMark().map(m -> at(file, firstLine, m)).orElse(SourcePos.of(file, firstLine));
    }

    private static SourcePos at(String file, int firstLine, Mark mark) {
        return new SourcePos(file, firstLine + mark.getLine(), mark.getColumn() + 1);
    }
}
