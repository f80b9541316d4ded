package org.multivector.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
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

    public Dataset read() {
        ObjectMapper mapper = location.endsWith(".json") ? JSON : YAML;
        try (InputStream in = open(location)) {
            Dataset dataset = mapper.readValue(in, Dataset.class);
            if (dataset == null) {
                throw new DatasetException(location + ": the dataset is empty");
            }
            return dataset;
        } catch (JsonProcessingException e) {
            throw new DatasetException(location + ": " + describe(e));
        } catch (IOException e) {
            throw new DatasetException(location + ": cannot be read (" + e.getMessage() + ")");
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

    private static String describe(JsonProcessingException e) {
        String where = where(e.getLocation());
        if (e instanceof UnrecognizedPropertyException unknown) {
            return where + "unknown field '" + unknown.getPropertyName() + "' in " + path(unknown);
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(Object::toString)
                    .collect(Collectors.joining(", "));
            return where + path(invalid) + ": '" + invalid.getValue() + "' is not one of " + allowed;
        }
        if (e instanceof JsonMappingException mapping) {
            return where + path(mapping) + ": value of the wrong shape (a list, text or object is misplaced)";
        }
        return where + "not valid " + "YAML or JSON: " + e.getOriginalMessage();
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : "line " + location.getLineNr() + ": ";
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
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
