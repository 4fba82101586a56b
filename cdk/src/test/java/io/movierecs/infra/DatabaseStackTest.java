package io.movierecs.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class DatabaseStackTest {
    private static Template template;

    @BeforeAll
    static void synthesize() {
        template = TestDeployment.template(TestDeployment.stacks().getDatabase());
    }

    @Test
    void runsPostgreSql15() {
        template.hasResourceProperties("AWS::RDS::DBInstance", Match.objectLike(Map.of(
                "Engine", "postgres", "EngineVersion", "15")));
    }

    @Test
    void isNotPubliclyAccessible() {
        template.hasResourceProperties("AWS::RDS::DBInstance", Match.objectLike(Map.of(
                "PubliclyAccessible", false)));
    }

    @Test
    void encryptsItsStorage() {
        template.hasResourceProperties("AWS::RDS::DBInstance", Match.objectLike(Map.of(
                "StorageEncrypted", true)));
    }

    @Test
    void masterPasswordIsResolvedFromSecretsManager() {
        assertThat(template.findResources("AWS::RDS::DBInstance").toString())
                .contains("MasterUserPassword={Fn::Join=[, [{{resolve:secretsmanager:, {Ref=Password");
    }

    @Test
    void passwordIsGeneratedWithoutCharactersRdsRejects() {
        template.hasResourceProperties("AWS::SecretsManager::Secret", Match.objectLike(Map.of(
                "GenerateSecretString", Match.objectLike(Map.of("ExcludePunctuation", true)))));
    }

    @Test
    void onlyTheWebSecurityGroupReachesPostgresOn5432() {
        template.resourceCountIs("AWS::EC2::SecurityGroupIngress", 1);
        template.hasResourceProperties("AWS::EC2::SecurityGroupIngress", Match.objectLike(Map.of(
                "IpProtocol", "tcp", "FromPort", 5432, "ToPort", 5432,
                "SourceSecurityGroupId", Map.of("Fn::ImportValue", Match.stringLikeRegexp(".*WebInstances.*")))));
        template.hasResourceProperties("AWS::EC2::SecurityGroup", Match.objectLike(Map.of(
                "SecurityGroupIngress", Match.absent())));
    }

    @Test
    void livesInThePrivateSubnets() {
        assertThat(template.findResources("AWS::RDS::DBSubnetGroup").toString())
                .contains("privateSubnet1").contains("privateSubnet2").doesNotContain("publicSubnet");
    }

    /** rds.force_ssl=1 makes PostgreSQL refuse any connection that is not TLS. */
    @Test
    void refusesConnectionsWithoutTls() {
        template.hasResourceProperties("AWS::RDS::DBParameterGroup", Match.objectLike(Map.of(
                "Family", "postgres15", "Parameters", Map.of("rds.force_ssl", "1"))));
        template.hasResourceProperties("AWS::RDS::DBInstance", Match.objectLike(Map.of(
                "DBParameterGroupName", Map.of("Ref", Match.stringLikeRegexp("TlsOnly.*")))));
    }

    /** verify-full: the certificate must chain to RDS's CA (the bundle on the instance) and name the endpoint. */
    @Test
    void appVerifiesTheServerCertificateAndHostName() {
        assertThat(TestDeployment.stacks().getDatabase().getJdbcUrl())
                .endsWith(":5432/movierecs?sslmode=verify-full&sslrootcert=/etc/pki/rds/global-bundle.pem");
    }

    @Test
    void leavesASnapshotWhenDeleted() {
        template.hasResource("AWS::RDS::DBInstance", Match.objectLike(Map.of("DeletionPolicy", "Snapshot")));
    }
}
