package io.movierecs.infra;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.DatabaseInstance;
import software.amazon.awscdk.services.rds.DatabaseInstanceEngine;
import software.amazon.awscdk.services.rds.IInstanceEngine;
import software.amazon.awscdk.services.rds.ParameterGroup;
import software.amazon.awscdk.services.rds.PostgresEngineVersion;
import software.amazon.awscdk.services.rds.PostgresInstanceEngineProps;
import software.amazon.awscdk.services.rds.StorageType;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/** PostgreSQL for users, movies, ratings and training runs, reachable only from the web instances, over TLS only. */
public class DatabaseStack extends Stack {
    static final String DATABASE_NAME = "movierecs";
    static final String USER = "movierecs";
    static final int PORT = 5432;
    /**
     * RDS's CA bundle on the web instances: .ebextensions/rds-ca.config downloads it there, and
     * the JDBC URL verifies the server's certificate and host name against it.
     */
    static final String CA_BUNDLE = "/etc/pki/rds/global-bundle.pem";

    private final DatabaseInstance instance;
    private final Secret password;

    public DatabaseStack(Construct scope, String id, DatabaseStackProps props) {
        super(scope, id, StackProps.builder().description("movierecs database: RDS PostgreSQL 15").build());
        // A plain-string secret (not RDS's JSON one) so Beanstalk can hand it to the app as MOVIERECS_DB_PASSWORD.
        password = Secret.Builder.create(this, "Password")
                .description("movierecs PostgreSQL password of user " + USER)
                .generateSecretString(SecretStringGenerator.builder()
                        .passwordLength(32).excludePunctuation(true).build())
                .build();
        Nag.accept(password, "SMG4", "Rotated by hand (README 'Rotating secrets'): the app reads it at instance "
                + "start through Beanstalk, so an automatic rotation would lock running instances out");
        SecurityGroup securityGroup = SecurityGroup.Builder.create(this, "SecurityGroup")
                .vpc(props.vpc())
                .description("movierecs PostgreSQL: the web app only")
                .allowAllOutbound(false)
                .build();
        IInstanceEngine engine = DatabaseInstanceEngine.postgres(PostgresInstanceEngineProps.builder()
                .version(PostgresEngineVersion.VER_15).build());
        instance = DatabaseInstance.Builder.create(this, "Postgres")
                .engine(engine)
                .parameterGroup(ParameterGroup.Builder.create(this, "TlsOnly")
                        .engine(engine)
                        .description("movierecs: clients must use TLS")
                        .parameters(Map.of("rds.force_ssl", "1"))
                        .build())
                .instanceType(new InstanceType(props.settings().instanceType()))
                .vpc(props.vpc())
                .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build())
                .securityGroups(List.of(securityGroup))
                .credentials(Credentials.fromPassword(USER, password.getSecretValue()))
                .databaseName(DATABASE_NAME)
                .port(PORT)
                .storageType(StorageType.GP3)
                .publiclyAccessible(false)
                .storageEncrypted(true)
                .allocatedStorage(20)
                .maxAllocatedStorage(100)
                .multiAz(props.settings().multiAz())
                .backupRetention(Duration.days(7))
                .deletionProtection(props.settings().deletionProtection())
                .removalPolicy(RemovalPolicy.SNAPSHOT)
                .build();
        securityGroup.addIngressRule(props.webSecurityGroup(), Port.tcp(PORT), "movierecs web app");
        acceptFindings(props.settings());
    }

    private void acceptFindings(DeployConfig.DatabaseSettings settings) {
        Nag.accept(instance, "RDS11", "A private instance whose security group admits only the web instances; "
                + "a non-default port would hide nothing from a client that can already reach it");
        if (!settings.multiAz()) {
            Nag.accept(instance, "RDS3", "Single-AZ by default to halve the idle cost (README 'What it costs'); "
                    + "-c dbMultiAz=true adds a standby");
        }
        if (!settings.deletionProtection()) {
            Nag.accept(instance, "RDS10", "Deletion protection turned off on purpose with -c dbDeletionProtection=false");
        }
    }

    /** TLS required and verified: the server's certificate must chain to RDS's CA and name the endpoint. */
    public String getJdbcUrl() {
        return "jdbc:postgresql://" + instance.getDbInstanceEndpointAddress() + ":" + PORT + "/" + DATABASE_NAME
                + "?sslmode=verify-full&sslrootcert=" + CA_BUNDLE;
    }

    public String getUser() {
        return USER;
    }

    public ISecret getPassword() {
        return password;
    }
}
