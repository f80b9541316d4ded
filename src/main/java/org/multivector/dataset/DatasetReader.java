package org.multivector.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads datasets from {@code classpath:} resources or files, YAML or (by the {@code .json}
 * ending) JSON, and the source texts they refer to. Parse errors name the line and the field,
 * never a Java type.
 */
public final class DatasetReader {

    private static final String CLASSPATH = "classpath:";
    private static final String SECTIONS = Arrays.stream(DatasetSection.values())
            .map(DatasetSection::field)
            .collect(Collectors.joining(", "));

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final String location;

    public DatasetReader(String location) {
        this.location = location;
    }

    public String location() {
        return location;
    }

    /**
     * Reads the dataset entry by entry, handing each to {@code consumer} as soon as it is read,
     * so that files of any size take little memory. An entry that does not fit the format comes
     * with its problem and the reading goes on; a file that is not YAML or JSON at all, or whose
     * top level is not the dataset's lists, stops it with a {@link DatasetException}.
     */
    public void stream(Consumer<DatasetEntry> consumer) {
        ObjectMapper mapper = location.endsWith(".json") ? JSON : YAML;
        try (InputStream in = open(location); JsonParser parser = mapper.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new DatasetException(location + ": the dataset is empty");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new DatasetException(location + ": " + where(parser.currentTokenLocation())
                        + "the dataset must be a map of lists: " + SECTIONS);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                DatasetSection section = DatasetSection.byField(field).orElseThrow(() -> new DatasetException(location
                        + ": " + where(parser.currentTokenLocation()) + "unknown field '" + field + "': the lists are "
                        + SECTIONS));
                JsonToken list = parser.nextToken();
                if (list == JsonToken.VALUE_NULL) {
                    continue;
                }
                if (list != JsonToken.START_ARRAY) {
                    throw new DatasetException(location + ": " + where(parser.currentTokenLocation()) + field
                            + ": a list is expected");
                }
                JsonStreamContext listContext = parser.getParsingContext();
                for (int index = 0; parser.nextToken() != JsonToken.END_ARRAY; index++) {
                    consumer.accept(readEntry(mapper, parser, listContext, section, index));
                }
            }
        } catch (JsonProcessingException e) {
            throw new DatasetException(location + ": " + describe(e, ""));
        } catch (IOException e) {
            throw new DatasetException(location + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static DatasetEntry readEntry(ObjectMapper mapper, JsonParser parser, JsonStreamContext listContext,
            DatasetSection section, int index) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        String path = section.field() + "[" + index + "]";
        try {
            Object value = mapper.readValue(parser, section.entryType());
            if (value == null) {
                return new DatasetEntry(section, index, line, null, "line " + line + ": " + path + ": the entry is empty");
            }
            return new DatasetEntry(section, index, line, value, null);
        } catch (JsonMappingException e) {
            // Skip the rest of the entry, so that the next one is read from its start.
            while (parser.getParsingContext() != listContext && parser.nextToken() != null) {
                // skipping
            }
            return new DatasetEntry(section, index, line, null, describe(e, path));
        }
    }

    /** The text of a file named relative to the dataset, exactly as stored (UTF-8). */
    public String readText(String relativePath) {
        String resolved = resolve(relativePath);
        try (InputStream in = open(resolved)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DatasetException(location + ": text file '" + relativePath + "' cannot be read");
        }
    }

    private String resolve(String relativePath) {
        int slash = location.lastIndexOf('/');
        if (location.startsWith(CLASSPATH)) {
            return slash < CLASSPATH.length() ? CLASSPATH + relativePath : location.substring(0, slash + 1) + relativePath;
        }
        Path parent = Path.of(location).toAbsolutePath().getParent();
        return parent.resolve(relativePath).toString();
    }

    private static InputStream open(String location) throws IOException {
        if (location.startsWith(CLASSPATH)) {
            String resource = location.substring(CLASSPATH.length());
            InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new NoSuchFileException(resource);
            }
            return in;
        }
        return Files.newInputStream(Path.of(location));
    }

    /** The problem, with its line and its path below {@code root} (empty: the document), never a Java type. */
    private static String describe(JsonProcessingException e, String root) {
        String where = where(e.getLocation());
        if (e instanceof UnrecognizedPropertyException unknown) {
            return where + "unknown field '" + unknown.getPropertyName() + "' in " + path(unknown, root);
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(Object::toString)
                    .collect(Collectors.joining(", "));
            return where + path(invalid, root) + ": '" + invalid.getValue() + "' is not one of " + allowed;
        }
        if (e instanceof JsonMappingException mapping) {
            return where + path(mapping, root) + ": value of the wrong shape (a list, text or object is misplaced)";
        }
        return where + "not valid " + "YAML or JSON: " + e.getOriginalMessage();
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : "line " + location.getLineNr() + ": ";
    }

    private static String path(JsonMappingException e, String root) {
        StringBuilder path = new StringBuilder(root);
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "the document" : path.toString();
    }
}
