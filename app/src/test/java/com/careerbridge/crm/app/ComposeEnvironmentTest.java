package com.careerbridge.crm.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker/compose.yaml configures the application through environment variables. A variable that names no property is
 * silently ignored by Spring Boot, so a renamed property (or a typo) would leave production on a default without anyone
 * noticing. This test binds every variable the compose file gives the application, with Spring Boot's own relaxed
 * binding, against the properties that exist: Spring Boot's metadata of every jar on the class path plus our
 * {@code @ConfigurationProperties} types.
 */
class ComposeEnvironmentTest {

    private static final Path COMPOSE = Path.of("..", "docker", "compose.yaml");
    private static final Path SCALE = Path.of("..", "docker", "compose.scale.yaml");
    /** What Compose's {@code !reset []} leaves of a list it overrides: nothing. */
    private static final Object RESET_TO_NOTHING = new Object() {
        @Override
        public String toString() {
            return "!reset []";
        }
    };

    /** Variables read by something other than Spring, and why they are there. */
    private static final Map<String, String> NOT_FOR_SPRING = Map.of(
            "JAVA_TOOL_OPTIONS", "JVM options, read by the JVM itself",
            "TZ", "time zone of the container's operating system");

    private static Map<String, Object> compose;
    private static Set<String> properties;
    private static Set<String> mapProperties;

    @BeforeAll
    static void load() throws IOException {
        try (Reader reader = Files.newBufferedReader(COMPOSE, StandardCharsets.UTF_8)) {
            compose = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        }
        properties = new TreeSet<>();
        mapProperties = new TreeSet<>();
        readSpringBootMetadata();
        readOwnConfigurationProperties();
    }

    @Test
    void everyVariableGivenToTheApplicationNamesAPropertyItHas() {
        Map<String, Map<String, String>> applicationServices = applicationServices();
        assertThat(applicationServices).as("services running the CareerBridge image").containsKey("app");

        List<String> unknown = new ArrayList<>();
        applicationServices.forEach((service, environment) -> environment.forEach((name, value) -> {
            if (!NOT_FOR_SPRING.containsKey(name) && !isProperty(name, value)) {
                unknown.add(service + ": " + name);
            }
        }));

        assertThat(unknown).as("environment variables in %s that bind to no property of the application", COMPOSE).isEmpty();
    }

    @Test
    void theCheckRecognisesOurPropertiesAndRejectsNearMisses() {
        assertThat(isProperty("CAREERBRIDGE_ADMIN_EMAIL", "a@b.example")).isTrue();
        assertThat(isProperty("CAREERBRIDGE_EMBEDDED_DATABASE_DATA_DIRECTORY", "/data")).isTrue();
        assertThat(isProperty("CAREERBRIDGE_EMBEDDEDDATABASE_DATADIRECTORY", "/data")).isTrue();
        assertThat(isProperty("SPRING_DATASOURCE_URL", "jdbc:postgresql://db/x")).isTrue();
        assertThat(isProperty("LOGGING_LEVEL_ORG_HIBERNATE", "WARN")).isTrue();

        assertThat(isProperty("CAREERBRIDGE_ADMIN_EMIAL", "a@b.example")).isFalse();
        assertThat(isProperty("CAREERBRIDGE_ADMIN_MAIL", "a@b.example")).isFalse();
        assertThat(isProperty("SPRING_DATASOURCE_URI", "jdbc:postgresql://db/x")).isFalse();
        assertThat(isProperty("SPRING_MAIL_HOSTNAME", "mailpit")).isFalse();
    }

    @Test
    void theApplicationUsesTheComposeDatabaseWithItsCredentials() {
        Map<String, String> app = applicationServices().get("app");
        Map<String, String> postgres = environmentOf(service("postgres"));

        assertThat(app.get("SPRING_DATASOURCE_URL"))
                .isEqualTo("jdbc:postgresql://postgres:5432/" + postgres.get("POSTGRES_DB"));
        assertThat(app.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(postgres.get("POSTGRES_USER"));
        assertThat(app.get("SPRING_DATASOURCE_PASSWORD")).isEqualTo(postgres.get("POSTGRES_PASSWORD"));
        assertThat(app.get("SPRING_MAIL_HOST")).isEqualTo("mailpit");
        assertThat(compose.get("services")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsKey("mailpit");
    }

    @Test
    void theScaleSetupPublishesOnlyTheLoadBalancer() throws IOException {
        Map<String, Object> scale = loadScale();
        Map<String, Object> services = asMap(scale.get("services"));

        assertThat(services).containsKeys("app", "app-2", "nginx");
        for (String instance : List.of("app", "app-2")) {
            assertThat(asMap(services.get(instance)).get("ports")).as("%s's ports in %s", instance, SCALE)
                    .isEqualTo(RESET_TO_NOTHING);
        }
        assertThat(asMap(asMap(services.get("app-2")).get("extends"))).as("app-2 runs what app runs")
                .containsEntry("file", "compose.yaml").containsEntry("service", "app");
        services.forEach((name, definition) -> {
            if (!name.equals("nginx")) {
                Object ports = asMap(definition).get("ports");
                assertThat(ports == null || ports == RESET_TO_NOTHING).as("%s publishes no port", name).isTrue();
            }
        });
    }

    @Test
    void forwardedHeadersAreBelievedFromTheLoadBalancerAlone() throws IOException {
        Map<String, String> app = applicationServices().get("app");
        Map<String, Object> nginx = asMap(asMap(loadScale().get("services")).get("nginx"));
        String nginxAddress = String.valueOf(asMap(asMap(nginx.get("networks")).get("default")).get("ipv4_address"));
        String subnet = String.valueOf(asMap(((List<?>) asMap(asMap(asMap(compose.get("networks")).get("default"))
                .get("ipam")).get("config")).getFirst()).get("subnet"));
        Pattern trusted = Pattern.compile(app.get("SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES"));

        assertThat(app).containsEntry("SERVER_FORWARD_HEADERS_STRATEGY", "native");
        assertThat(nginxAddress).as("nginx's fixed address is in the compose network %s", subnet)
                .startsWith(subnet.substring(0, subnet.lastIndexOf('.') + 1));
        assertThat(trusted.matcher(nginxAddress).matches()).as("nginx (%s) is trusted", nginxAddress).isTrue();
        // Tomcat's default trusts every private address, i.e. every container on the network and any client behind NAT.
        String prefix = nginxAddress.substring(0, nginxAddress.lastIndexOf('.') + 1);
        for (String other : List.of(prefix + "1", prefix + "2", prefix + "81", prefix + "8", "10.0.0.5", "192.168.1.10",
                "172.17.0.1", "127.0.0.1")) {
            assertThat(trusted.matcher(other).matches()).as("%s is not trusted", other).isFalse();
        }
    }

    @Test
    void noPasswordHasADefault() throws IOException {
        int references = 0;
        for (Path file : List.of(COMPOSE, SCALE)) {
            Matcher reference = Pattern.compile("\\$\\{(\\w*PASSWORD\\w*)(:?[-?+])?([^}]*)}").matcher(Files.readString(file));
            while (reference.find()) {
                references++;
                assertThat(reference.group(2)).as("%s in %s must be required (${%s:?...}), not defaulted", reference.group(),
                        file, reference.group(1)).isEqualTo(":?");
            }
        }
        assertThat(references).as("password references in the compose files").isGreaterThanOrEqualTo(3);
    }

    private static boolean isProperty(String variable, String value) {
        // Named like the real one: Spring Boot applies its environment-variable mapping only to a source of that name.
        ConfigurationPropertySource source = ConfigurationPropertySource.from(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(variable, value)));
        for (String property : properties) {
            if (source.getConfigurationProperty(ConfigurationPropertyName.of(property)) != null) {
                return true;
            }
        }
        for (String map : mapProperties) {
            if (source.containsDescendantOf(ConfigurationPropertyName.of(map)) == ConfigurationPropertyState.PRESENT) {
                return true;
            }
        }
        return false;
    }

    /** compose.scale.yaml, which uses Compose's own {@code !reset} tag to empty a list of compose.yaml. */
    private static Map<String, Object> loadScale() throws IOException {
        SafeConstructor constructor = new SafeConstructor(new LoaderOptions()) {
            {
                yamlConstructors.put(new Tag("!reset"), new AbstractConstruct() {
                    @Override
                    public Object construct(Node node) {
                        if (node instanceof SequenceNode sequence && sequence.getValue().isEmpty()) {
                            return RESET_TO_NOTHING;
                        }
                        throw new IllegalStateException("!reset with a value: " + node);
                    }
                });
            }
        };
        try (Reader reader = Files.newBufferedReader(SCALE, StandardCharsets.UTF_8)) {
            return new Yaml(constructor).load(reader);
        }
    }

    /** Services built from this repository or running its image, with their environment. */
    private static Map<String, Map<String, String>> applicationServices() {
        Map<String, Map<String, String>> result = new LinkedHashMap<>();
        asMap(compose.get("services")).forEach((name, definition) -> {
            Map<String, Object> service = asMap(definition);
            String image = String.valueOf(service.get("image"));
            if (service.containsKey("build") || image.startsWith("careerbridge-crm")) {
                result.put(name, environmentOf(service));
            }
        });
        return result;
    }

    private static Map<String, Object> service(String name) {
        return asMap(asMap(compose.get("services")).get(name));
    }

    private static Map<String, String> environmentOf(Map<String, Object> service) {
        Map<String, String> environment = new LinkedHashMap<>();
        Object declared = service.get("environment");
        if (declared instanceof Map<?, ?> map) {
            map.forEach((key, value) -> environment.put(String.valueOf(key), value == null ? "" : String.valueOf(value)));
        } else if (declared instanceof List<?> list) {
            for (Object entry : list) {
                String[] pair = String.valueOf(entry).split("=", 2);
                environment.put(pair[0], pair.length > 1 ? pair[1] : "");
            }
        }
        return environment;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : Collections.emptyMap();
    }

    private static void readSpringBootMetadata() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        Enumeration<URL> resources = ComposeEnvironmentTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json");
        int files = 0;
        while (resources.hasMoreElements()) {
            files++;
            try (InputStream in = resources.nextElement().openStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    String name = property.path("name").asString();
                    if (!ConfigurationPropertyName.isValid(name)) {
                        continue;
                    }
                    String type = property.path("type").asString("");
                    (type.startsWith("java.util.Map") ? mapProperties : properties).add(name);
                }
            }
        }
        assertThat(files).as("Spring Boot configuration metadata files on the class path").isGreaterThan(5);
        assertThat(properties).contains("spring.datasource.url", "spring.mail.host", "server.port");
    }

    private static void readOwnConfigurationProperties() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        Set<String> found = new HashSet<>();
        scanner.findCandidateComponents("com.careerbridge.crm").forEach(candidate -> {
            Class<?> type;
            try {
                type = Class.forName(candidate.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
            String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
            addPropertiesOf(prefix, type);
            found.add(prefix);
        });
        assertThat(found).as("our @ConfigurationProperties prefixes").contains("careerbridge.admin", "careerbridge.embedded-database");
    }

    private static void addPropertiesOf(String prefix, Class<?> type) {
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                addProperty(prefix + "." + kebab(component.getName()), component.getType());
            }
        } else {
            for (var descriptor : BeanUtils.getPropertyDescriptors(type)) {
                if (descriptor.getWriteMethod() != null) {
                    addProperty(prefix + "." + kebab(descriptor.getName()), descriptor.getPropertyType());
                }
            }
        }
    }

    private static void addProperty(String name, Class<?> type) {
        if (Map.class.isAssignableFrom(type)) {
            mapProperties.add(name);
        } else if (type.getPackageName().startsWith("com.careerbridge") && !type.isEnum()) {
            addPropertiesOf(name, type);
        } else {
            properties.add(name);
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
