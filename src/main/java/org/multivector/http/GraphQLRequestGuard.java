package org.multivector.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Checks GraphQL-over-HTTP requests before SmallRye GraphQL sees them, as the GraphQL over
 * HTTP spec asks: a POST body that is not a JSON object with a string {@code query} is a 400;
 * JSON nested deeper than {@value #MAX_JSON_DEPTH} levels is a 400; a POST without a JSON
 * content type is a 415; a mutation sent with GET is a 405; a document with a syntax error is
 * reported with its line and column (a 400 for clients that accept
 * {@code application/graphql-response+json}). Clients that do not accept that media type get
 * {@code application/json}.
 */
@ApplicationScoped
public class GraphQLRequestGuard {

    static final int MAX_JSON_DEPTH = 64;
    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_JSON_DEPTH).build())
            .build());

    private static final List<Parameter> OPTIONAL_PARAMETERS = List.of(
            new Parameter("operationName", JsonNode::isTextual, "a string"),
            new Parameter("variables", JsonNode::isObject, "an object"),
            new Parameter("extensions", JsonNode::isObject, "an object"));

    private record Parameter(String name, Predicate<JsonNode> isValid, String expected) {
    }

    // At most 1000 documents of at most 10,000 characters are remembered: 20 MB at the very most.
    private static final int MAX_REMEMBERED_DOCUMENTS = 1000;
    private static final int MAX_REMEMBERED_LENGTH = 10_000;

    private final long maxBodySize;
    private final int maxTokens;
    private final Set<String> parsedDocuments = ConcurrentHashMap.newKeySet();

    GraphQLRequestGuard(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens") int maxTokens) {
        this.maxBodySize = maxBodySize.asLongValue();
        this.maxTokens = maxTokens;
    }

    void install(@Observes Router router) {
        router.route("/graphql").order(-20).handler(BodyHandler.create(false).setBodyLimit(maxBodySize));
        router.route("/graphql").order(-19).handler(this::check);
    }

    private void check(RoutingContext context) {
        if (!acceptsGraphQLResponse(context)) {
            context.addHeadersEndHandler(ignored -> {
                if (context.response().headers().contains(HttpHeaders.CONTENT_TYPE)) {
                    context.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=UTF-8");
                }
            });
        }
        String problem;
        if (context.request().method() == HttpMethod.POST) {
            problem = postProblem(context);
        } else if (context.request().method() == HttpMethod.GET) {
            problem = getProblem(context);
        } else {
            problem = null;
        }
        if (problem == null) {
            context.next();
        }
    }

    private String postProblem(RoutingContext context) {
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType == null || !(contentType.toLowerCase(Locale.ROOT).startsWith("application/json")
                || contentType.toLowerCase(Locale.ROOT).startsWith("application/graphql"))) {
            return refuse(context, 415, "Send the request as application/json: {\"query\": \"...\"}");
        }
        if (contentType.toLowerCase(Locale.ROOT).startsWith("application/graphql")
                && !contentType.toLowerCase(Locale.ROOT).startsWith("application/graphql-response")) {
            return null;
        }
        String body = context.body().asString("UTF-8");
        if (body == null || body.isBlank()) {
            return refuse(context, 400, "The request body is empty: send {\"query\": \"...\"}");
        }
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            boolean tooDeep = e.getMessage() != null && e.getMessage().contains("nesting depth");
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            return refuse(context, 400, tooDeep
                    ? "The request body nests JSON deeper than " + MAX_JSON_DEPTH + " levels"
                    : "The request body is not valid JSON" + where);
        }
        if (request == null || !request.isObject()) {
            return refuse(context, 400, "The request body must be a JSON object: {\"query\": \"...\"}");
        }
        JsonNode query = request.get("query");
        if (query == null || !query.isTextual()) {
            return refuse(context, 400, "The request needs 'query', a string holding the GraphQL document");
        }
        for (Parameter parameter : OPTIONAL_PARAMETERS) {
            JsonNode value = request.get(parameter.name());
            if (value != null && !value.isNull() && !parameter.isValid().test(value)) {
                return refuse(context, 400,
                        "The request parameter '" + parameter.name() + "' must be " + parameter.expected() + " or null");
            }
        }
        return syntaxProblem(context, query.asText());
    }

    /**
     * Parses the document once before SmallRye does, to report a syntax error with its place
     * (SmallRye only says "Unparseable input document"). Documents that parsed are remembered, so
     * a client's repeated queries are parsed here only once.
     */
    private String syntaxProblem(RoutingContext context, String query) {
        if (parsedDocuments.contains(query)) {
            return null;
        }
        try {
            parse(query);
        } catch (InvalidSyntaxException e) {
            int status = acceptsGraphQLResponse(context) ? 400 : 200;
            SourceLocation location = e.getLocation();
            Map<String, Object> error = location == null
                    ? Map.of("message", syntaxMessage(e), "extensions", Map.of("code", "GRAPHQL_PARSE_FAILED"))
                    : Map.of("message", syntaxMessage(e),
                            "locations", List.of(Map.of("line", location.getLine(), "column", location.getColumn())),
                            "extensions", Map.of("code", "GRAPHQL_PARSE_FAILED"));
            return respond(context, status, error, syntaxMessage(e));
        }
        if (query.length() <= MAX_REMEMBERED_LENGTH) {
            if (parsedDocuments.size() >= MAX_REMEMBERED_DOCUMENTS) {
                parsedDocuments.clear();
            }
            parsedDocuments.add(query);
        }
        return null;
    }

    private static String syntaxMessage(InvalidSyntaxException e) {
        // graphql-java names its parser generator in the message; the client needs only the place.
        return e.getMessage() == null ? "The GraphQL document is not valid syntax"
                : e.getMessage().replace(" with ANTLR error", "");
    }

    private Document parse(String query) {
        return Parser.parse(parserEnvironment(query));
    }

    private ParserEnvironment parserEnvironment(String query) {
        return ParserEnvironment.newParserEnvironment()
                .document(query)
                .parserOptions(ParserOptions.getDefaultOperationParserOptions().transform(
                        options -> options.maxTokens(maxTokens).captureSourceLocation(true)))
                .build();
    }

    private String getProblem(RoutingContext context) {
        String query = context.request().getParam("query");
        if (query == null) {
            return null;
        }
        String syntax = syntaxProblem(context, query);
        if (syntax != null) {
            return syntax;
        }
        if (isMutation(parse(query), context.request().getParam("operationName"))) {
            context.response().putHeader(HttpHeaders.ALLOW, "POST");
            return refuse(context, 405, "Mutations need POST; GET only runs queries");
        }
        return null;
    }

    /** Whether the operation that GET would run is a mutation. */
    private static boolean isMutation(Document document, String operationName) {
        return document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(operation -> operationName == null || operationName.equals(operation.getName()))
                .anyMatch(operation -> operation.getOperation() == OperationDefinition.Operation.MUTATION);
    }

    private static boolean acceptsGraphQLResponse(RoutingContext context) {
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.toLowerCase(Locale.ROOT).contains(GRAPHQL_RESPONSE);
    }

    private static String refuse(RoutingContext context, int status, String message) {
        return respond(context, status, Map.of("message", message, "extensions", Map.of("code", "BAD_REQUEST")), message);
    }

    private static String respond(RoutingContext context, int status, Map<String, Object> error, String message) {
        String body;
        try {
            body = JSON.writeValueAsString(Map.of("errors", List.of(error)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, acceptsGraphQLResponse(context)
                        ? GRAPHQL_RESPONSE + "; charset=UTF-8"
                        : "application/json; charset=UTF-8")
                .end(body);
        return message;
    }
}
