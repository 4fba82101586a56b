package io.movierecs.infra;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.services.elasticbeanstalk.CfnEnvironment.OptionSettingProperty;
import software.amazon.awscdk.services.secretsmanager.ISecret;

/** Collects a Beanstalk environment's option settings. */
final class EnvironmentOptions {
    static final String ENVIRONMENT = "aws:elasticbeanstalk:application:environment";
    /** Beanstalk reads these secrets at instance start and sets them as environment variables. */
    static final String ENVIRONMENT_SECRETS = "aws:elasticbeanstalk:application:environmentsecrets";

    private final List<OptionSettingProperty> settings = new ArrayList<>();

    EnvironmentOptions set(String namespace, String name, String value) {
        settings.add(OptionSettingProperty.builder().namespace(namespace).optionName(name).value(value).build());
        return this;
    }

    EnvironmentOptions variable(String name, String value) {
        return set(ENVIRONMENT, name, value);
    }

    EnvironmentOptions secret(String name, ISecret secret) {
        return set(ENVIRONMENT_SECRETS, name, secret.getSecretArn());
    }

    List<OptionSettingProperty> toList() {
        return List.copyOf(settings);
    }
}
