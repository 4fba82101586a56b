package io.movierecs.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildOutputsTest {

    @Test
    void missingJarFailsSynthesisNamingTheBuildCommand(@TempDir Path dir) {
        BuildOutputs outputs = BuildOutputs.inRepository(dir);

        assertThatThrownBy(() -> SourceBundle.assemble(outputs))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("web/target/movierecs-web.jar")
                .hasMessageContaining("./mvnw -DskipTests package");
    }

    @Test
    void sourceBundleHoldsTheJarUnderTheProcfilesNameWithItsBeanstalkConfiguration() throws IOException {
        BuildOutputs outputs = TestDeployment.fakeBuildOutputs();

        Path bundle = SourceBundle.assemble(outputs);

        assertThat(bundle.resolve("movierecs-web.jar")).hasSameTextualContentAs(outputs.webJar());
        assertThat(Files.readString(bundle.resolve("Procfile"))).contains("java -jar movierecs-web.jar");
        assertThat(bundle.resolve(".ebextensions/movierecs.config")).exists();
    }

    @Test
    void repositoryLayoutNamesTheJarsTheBuildProduces() {
        BuildOutputs outputs = BuildOutputs.inRepository(Path.of("/repo"));

        assertThat(outputs.webJar()).isEqualTo(Path.of("/repo/web/target/movierecs-web.jar"));
        assertThat(outputs.jobJar()).isEqualTo(Path.of("/repo/emr-job/target/movierecs-emr-job.jar"));
    }
}
