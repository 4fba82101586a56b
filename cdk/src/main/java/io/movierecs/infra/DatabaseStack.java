package io.movierecs.infra;

import java.util.List;
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
import software.amazon.awscdk.services.rds.PostgresEngineVersion;
import software.amazon.awscdk.services.rds.PostgresInstanceEngineProps;
import software.amazon.awscdk.services.rds.StorageType;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/** PostgreSQL for users, movies, ratings and training runs, reachable only from the web instances. */
public class DatabaseStack extends Stack {
    static final String DATABASE_NAME = "movierecs";
    static final String USER = "movierecs";
    static final int PORT = 5432;

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
        SecurityGroup securityGroup = SecurityGroup.Builder.create(this, "SecurityGroup")
                .vpc(props.vpc())
                .description("movierecs PostgreSQL: the web app only")
                .allowAllOutbound(false)
                .build();
        instance = DatabaseInstance.Builder.create(this, "Postgres")
                .engine(DatabaseInstanceEngine.postgres(PostgresInstanceEngineProps.builder()
                        .version(PostgresEngineVersion.VER_15).build()))
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
    }

    public DatabaseInstance getInstance() {
        return instance;
    }

    public String getJdbcUrl() {
        return "jdbc:postgresql://" + instance.getDbInstanceEndpointAddress() + ":" + PORT + "/" + DATABASE_NAME;
    }

    public String getUser() {
        return USER;
    }

    public ISecret getPassword() {
        return password;
    }
}
