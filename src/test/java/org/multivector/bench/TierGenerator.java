package org.multivector.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.multivector.actor.Actor;

/**
 * Writes the benchmark's synthetic datasets in the import format, one entry per line. The seed is
 * fixed: a tier comes out byte for byte the same on every run and machine.
 *
 * <p>Proportions: 5% organisations, 70% states, cities and regions (a third each), 25% persons;
 * each state a member of 0-4 organisations with mixed statuses and the imposer of 0-4 punitive
 * measures (2 on average); 3 relations per actor; every fact one quote, from one of actors/50
 * sources whose text is made of those quotes.
 *
 * <p>Usage: {@code java -cp target/test-classes org.multivector.bench.TierGenerator S|M|ACTORS OUT.json}.
 * Next to OUT.json it writes OUT.names: 100 lower-cased names of states with memberships.
 */
public final class TierGenerator {

    static final long SEED = 20_261_129L;
    static final int LOOKUP_NAMES = 100;

    private static final String[] SYLLABLES = { "ka", "ri", "to", "lan", "mo", "sa", "vel", "dor", "an", "bel", "cor",
            "dra", "el", "fa", "gor", "hal", "is", "jun", "kor", "lis", "mar", "nor", "or", "pel", "quin", "ros", "sul",
            "tar", "ul", "var", "wen", "yar", "zan", "ber", "cas", "dun" };
    private static final String[] STATE_FORMS = { "Republic of %s", "Kingdom of %s", "Federation of %s", "%s" };
    private static final String[] CITY_FORMS = { "%s City", "Port %s", "%sgrad", "New %s" };
    private static final String[] REGION_FORMS = { "%s Province", "%s Oblast", "%s Region", "%s District" };
    private static final String[] ORGANISATION_FORMS = { "%s Union", "%s Pact", "%s Alliance", "%s Council",
            "%s Community", "%s Forum", "%s League", "%s Compact" };
    private static final String[] STATUSES = { "MEMBER", "MEMBER", "MEMBER", "MEMBER", "MEMBER", "PARTNER",
            "PARTNER", "OBSERVER", "APPLICANT", "DECLINED", "FORMER_MEMBER" };
    private static final String[] MEASURE_KINDS = { "IMPORT_BAN", "EXPORT_BAN", "SANCTION", "TARIFF", "DIPLOMATIC",
            "MILITARY", "OTHER" };
    private static final String[] MEASURE_STATUSES = { "IMPOSED", "IMPOSED", "IMPOSED", "THREATENED", "LIFTED",
            "SPECULATED" };
    private static final Map<String, String> MEASURE_NOUNS = Map.of("IMPORT_BAN", "an import ban", "EXPORT_BAN",
            "an export ban", "SANCTION", "sanctions", "TARIFF", "tariffs", "DIPLOMATIC", "diplomatic measures",
            "MILITARY", "military measures", "OTHER", "other measures");
    private static final Map<String, String> MEASURE_VERBS = Map.of("IMPOSED", "imposed", "THREATENED", "threatened",
            "LIFTED", "lifted", "SPECULATED", "was said to weigh");
    private static final String[] REASONS = { "food safety", "phytosanitary concerns", "national security",
            "unfair trade practices", "human rights", "a border dispute" };
    private static final String[] MOTIVES = { "retaliation for a foreign-policy choice", "pressure to join a bloc",
            "protection of domestic producers", "punishment for an alliance", "leverage before talks" };

    public enum Kind {
        ORGANISATION, STATE, CITY, REGION, PERSON
    }

    public record Actor(String name, Kind kind, String alias) {
    }

    /** A relation type, the kind of its object and how a sentence says it. */
    record RelationType(String type, Kind object, String phrase) {
    }

    private static final List<List<RelationType>> RELATIONS_BY_SUBJECT = List.of(
            List.of(new RelationType("HEADQUARTERED_IN", Kind.CITY, "is headquartered in"),
                    new RelationType("COOPERATES_WITH", Kind.ORGANISATION, "cooperates with"),
                    new RelationType("RIVAL_OF", Kind.ORGANISATION, "competes with")),
            List.of(new RelationType("ALLIED_WITH", Kind.STATE, "is allied with"),
                    new RelationType("BORDERS", Kind.STATE, "borders"),
                    new RelationType("RIVAL_OF", Kind.STATE, "is a rival of")),
            List.of(new RelationType("CAPITAL_OF", Kind.STATE, "is the capital of"),
                    new RelationType("LOCATED_IN", Kind.REGION, "lies in"),
                    new RelationType("TWINNED_WITH", Kind.CITY, "is twinned with")),
            List.of(new RelationType("PART_OF", Kind.STATE, "is part of"),
                    new RelationType("BORDERS", Kind.REGION, "borders"),
                    new RelationType("ADMINISTERED_FROM", Kind.CITY, "is administered from")),
            List.of(new RelationType("LEADER_OF", Kind.STATE, "leads"),
                    new RelationType("MINISTER_OF", Kind.STATE, "is a minister of"),
                    new RelationType("ADVISER_TO", Kind.PERSON, "advises")));

    private final Random random = new Random(SEED);
    private final int actorCount;
    private final List<Actor> actors = new ArrayList<>();
    private final List<List<Actor>> actorsByKind = new ArrayList<>();
    private final Set<String> nameKeys = new HashSet<>();
    private final Set<String> sentences = new HashSet<>();
    private final List<StringBuilder> sourceTexts = new ArrayList<>();
    private final List<String> memberships = new ArrayList<>();
    private final List<String> measures = new ArrayList<>();
    private final List<String> relations = new ArrayList<>();
    private final Set<String> statesWithMemberships = new LinkedHashSet<>();

    public TierGenerator(int actorCount) {
        this.actorCount = actorCount;
        for (int i = 0; i < Kind.values().length; i++) {
            actorsByKind.add(new ArrayList<>());
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Usage: TierGenerator S|M|ACTORS OUT.json");
            System.exit(2);
        }
        int actors = switch (args[0]) {
            case "S" -> 1_000;
            case "M" -> 100_000;
            default -> Integer.parseInt(args[0]);
        };
        Path out = Path.of(args[1]);
        TierGenerator generator = new TierGenerator(actors);
        generator.generate();
        generator.write(out);
        System.out.println(out + ": " + generator.summary());
    }

    public void generate() {
        int organisations = Math.max(2, Math.round(actorCount * 0.05f));
        int persons = Math.round(actorCount * 0.25f);
        int places = actorCount - organisations - persons;
        addActors(Kind.ORGANISATION, organisations);
        addActors(Kind.STATE, places / 3);
        addActors(Kind.CITY, places / 3);
        addActors(Kind.REGION, places - 2 * (places / 3));
        addActors(Kind.PERSON, persons);
        for (int i = 0; i < Math.max(1, actorCount / 50); i++) {
            sourceTexts.add(new StringBuilder("Synthetic dispatch number " + (i + 1) + " of the Multivector benchmark."));
        }
        for (Actor state : actorsByKind.get(Kind.STATE.ordinal())) {
            addMemberships(state);
            addMeasures(state);
        }
        for (Actor actor : actors) {
            for (int i = 0; i < 3; i++) {
                addRelation(actor);
            }
        }
    }

    private void addActors(Kind kind, int count) {
        for (int i = 0; i < count; i++) {
            String name;
            do {
                name = switch (kind) {
                    case ORGANISATION -> form(ORGANISATION_FORMS, word());
                    case STATE -> form(STATE_FORMS, word());
                    case CITY -> form(CITY_FORMS, word());
                    case REGION -> form(REGION_FORMS, word());
                    case PERSON -> word() + " " + word();
                };
            } while (!nameKeys.add(name.toLowerCase(Locale.ROOT)));
            String alias = null;
            if (kind == Kind.ORGANISATION) {
                alias = initials(name) + "-" + (i + 1);
                nameKeys.add(alias.toLowerCase(Locale.ROOT));
            }
            Actor actor = new Actor(name, kind, alias);
            actors.add(actor);
            actorsByKind.get(kind.ordinal()).add(actor);
        }
    }

    private void addMemberships(Actor state) {
        List<Actor> organisations = actorsByKind.get(Kind.ORGANISATION.ordinal());
        int count = Math.min(random.nextInt(5), organisations.size());
        Set<Actor> joined = new LinkedHashSet<>();
        while (joined.size() < count) {
            joined.add(pick(organisations));
        }
        for (Actor organisation : joined) {
            String status = pick(STATUSES);
            int since = 1990 + random.nextInt(30);
            String until = null;
            String sentence = switch (status) {
                case "MEMBER" -> "%s has been a member of %s since %d.";
                case "PARTNER" -> "%s became a partner of %s in %d.";
                case "OBSERVER" -> "%s has held observer status in %s since %d.";
                case "APPLICANT" -> "%s applied to join %s in %d.";
                case "DECLINED" -> "%s declined to join %s in %d.";
                default -> "%s left %s, which it had joined in %d.";
            };
            if (status.equals("FORMER_MEMBER")) {
                until = Integer.toString(since + 1 + random.nextInt(5));
            }
            String quote = quote(String.format(Locale.ROOT, sentence, state.name(), organisation.name(), since));
            if (quote == null) {
                continue;
            }
            statesWithMemberships.add(state.name());
            memberships.add("{\"member\":" + json(state.name()) + ",\"organisation\":" + json(organisation.name())
                    + ",\"status\":\"" + status + "\",\"since\":\"" + since + "\""
                    + (until == null ? "" : ",\"until\":\"" + until + "\"") + ",\"evidence\":[" + quote + "]}");
        }
    }

    private void addMeasures(Actor state) {
        List<Actor> states = actorsByKind.get(Kind.STATE.ordinal());
        int count = random.nextInt(5);
        for (int i = 0; i < count && states.size() > 1; i++) {
            Actor target;
            do {
                target = pick(states);
            } while (target == state);
            String kind = pick(MEASURE_KINDS);
            String status = pick(MEASURE_STATUSES);
            String reason = pick(REASONS);
            String motive = pick(MOTIVES);
            String date = String.format(Locale.ROOT, "%d-%02d", 2000 + random.nextInt(25), 1 + random.nextInt(12));
            String summary = MEASURE_NOUNS.get(kind) + " of " + state.name() + " against " + target.name();
            String quote = quote(String.format(Locale.ROOT, "In %s %s %s %s against %s, citing %s.", date,
                    state.name(), MEASURE_VERBS.get(status), MEASURE_NOUNS.get(kind), target.name(), reason));
            if (quote == null) {
                continue;
            }
            measures.add("{\"imposer\":" + json(state.name()) + ",\"target\":" + json(target.name()) + ",\"kind\":\""
                    + kind + "\",\"status\":\"" + status + "\",\"summary\":" + json(summary) + ",\"statedReason\":"
                    + json(reason) + ",\"assessedMotive\":" + json(motive) + ",\"date\":\"" + date
                    + "\",\"evidence\":[" + quote + "]}");
        }
    }

    private void addRelation(Actor subject) {
        RelationType type = pick(RELATIONS_BY_SUBJECT.get(subject.kind().ordinal()));
        Actor object = pick(actorsByKind.get(type.object().ordinal()));
        if (object == subject) {
            return;
        }
        String quote = quote(subject.name() + " " + type.phrase() + " " + object.name() + ".");
        if (quote == null) {
            return;
        }
        relations.add("{\"subject\":" + json(subject.name()) + ",\"type\":\"" + type.type() + "\",\"object\":"
                + json(object.name()) + ",\"evidence\":[" + quote + "]}");
    }

    /** Adds the sentence to a source and returns the quote entry; null for a sentence said before. */
    private String quote(String sentence) {
        if (!sentences.add(sentence)) {
            return null;
        }
        int source = random.nextInt(sourceTexts.size());
        sourceTexts.get(source).append(' ').append(sentence);
        return "{\"source\":\"" + sourceKey(source) + "\",\"quote\":" + json(sentence) + "}";
    }

    public void write(Path out) throws IOException {
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.write("{\n\"sources\": [\n");
            List<String> sources = new ArrayList<>();
            for (int i = 0; i < sourceTexts.size(); i++) {
                sources.add("{\"key\":\"" + sourceKey(i) + "\",\"title\":\"Synthetic dispatch " + (i + 1)
                        + "\",\"publisher\":\"Multivector benchmark\",\"text\":" + json(sourceTexts.get(i).toString())
                        + "}");
            }
            lines(writer, sources);
            writer.write("],\n\"actors\": [\n");
            lines(writer, actors.stream()
                    .map(actor -> "{\"name\":" + json(actor.name()) + ",\"kind\":\"" + actor.kind() + "\""
                            + (actor.alias() == null ? "" : ",\"aliases\":[" + json(actor.alias()) + "]") + "}")
                    .toList());
            writer.write("],\n\"memberships\": [\n");
            lines(writer, memberships);
            writer.write("],\n\"punitiveMeasures\": [\n");
            lines(writer, measures);
            writer.write("],\n\"relations\": [\n");
            lines(writer, relations);
            writer.write("]\n}\n");
        }
        Files.write(out.resolveSibling(out.getFileName().toString().replaceFirst("\\.json$", "") + ".names"),
                lookupNames(), StandardCharsets.UTF_8);
    }

    /** {@value #LOOKUP_NAMES} names of states with memberships, spread over all of them, lower-cased. */
    public List<String> lookupNames() {
        List<String> candidates = new ArrayList<>(statesWithMemberships);
        List<String> names = new ArrayList<>();
        int count = Math.min(LOOKUP_NAMES, candidates.size());
        for (int i = 0; i < count; i++) {
            names.add(candidates.get(i * candidates.size() / count).toLowerCase(Locale.ROOT));
        }
        return names;
    }

    public String summary() {
        return actorsByKind.stream()
                .map(list -> list.isEmpty() ? "" : list.size() + " " + list.get(0).kind())
                .collect(Collectors.joining(", "))
                + "; " + sourceTexts.size() + " sources, " + memberships.size() + " memberships, " + measures.size()
                + " punitive measures, " + relations.size() + " relations";
    }

    public List<Actor> actors() {
        return actors;
    }

    public int memberships() {
        return memberships.size();
    }

    public int measures() {
        return measures.size();
    }

    public int relations() {
        return relations.size();
    }

    private static void lines(Writer writer, List<String> entries) throws IOException {
        for (int i = 0; i < entries.size(); i++) {
            writer.write(entries.get(i));
            writer.write(i + 1 < entries.size() ? ",\n" : "\n");
        }
    }

    private String word() {
        StringBuilder word = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            word.append(pick(SYLLABLES));
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private String form(String[] forms, String word) {
        return String.format(Locale.ROOT, pick(forms), word);
    }

    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String part : name.split(" ")) {
            initials.append(Character.toUpperCase(part.charAt(0)));
        }
        return initials.toString();
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private <T> T pick(T[] array) {
        return array[random.nextInt(array.length)];
    }

    private static String sourceKey(int index) {
        return "src-" + (index + 1);
    }

    /** A JSON string; generated names and sentences hold no control characters. */
    private static String json(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
