package io.movierecs.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.ConfigurationReader;
import io.micronaut.core.naming.NameUtils;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** README's Configuration table is the one place an operator looks a setting up: every key of every settings type is in it, once. */
@MicronautTest(startApplication = false)
class ConfigurationReferenceTest {
    @Inject ApplicationContext context;

    @Test
    void everySettingIsInTheReadmeConfigurationTableOnce() throws IOException {
        String table = configurationSection();
        Map<String, Long> occurrences = new TreeMap<>();
        for (String key : settingKeys()) {
            occurrences.put(key, count(table, "`" + key + "`"));
        }

        assertThat(occurrences).isNotEmpty().allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
    }

    @Test
    void theConfigurationTableIsOneTable() throws IOException {
        List<String> lines = configurationSection().lines().toList();
        List<Integer> rows = IntStream.range(0, lines.size()).filter(i -> lines.get(i).startsWith("|")).boxed().toList();

        // A blank or plain line inside the table ends it: the rows after it render as plain text.
        assertThat(rows).isNotEmpty();
        assertThat(lines.subList(rows.get(0), rows.get(rows.size() - 1) + 1)).allSatisfy(line -> assertThat(line).startsWith("|"));
    }

    private List<String> settingKeys() {
        return context.getAllBeanDefinitions().stream()
                .filter(d -> d.getBeanType().getPackageName().startsWith("io.movierecs.web"))
                .filter(d -> d.hasStereotype(ConfigurationReader.class))
                .flatMap(ConfigurationReferenceTest::keys)
                .distinct()
                .toList();
    }

    private static Stream<String> keys(BeanDefinition<?> definition) {
        String prefix = definition.stringValue(ConfigurationReader.class, ConfigurationReader.PREFIX).orElseThrow();
        // Settings declared as interfaces are implemented by a generated class.
        Class<?> type = Stream.concat(Stream.of(definition.getBeanType()), Arrays.stream(definition.getBeanType().getInterfaces()))
                .filter(t -> t.isAnnotationPresent(ConfigurationProperties.class)).findFirst().orElseThrow();
        Stream<String> properties = type.isRecord()
                ? Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                : Arrays.stream(type.getDeclaredMethods()).filter(m -> Modifier.isAbstract(m.getModifiers()))
                        .map(Method::getName).map(NameUtils::getPropertyNameForGetter);
        return properties.map(name -> prefix + "." + name.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT));
    }

    private static String configurationSection() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        int start = readme.indexOf("\n## Configuration\n");
        int end = readme.indexOf("\n## ", start + 1);
        assertThat(start).as("README has a Configuration section").isPositive();
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    private static long count(String text, String needle) {
        long count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }
}
