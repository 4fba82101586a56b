package io.movierecs.web.system.aws;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.emr.EmrClient;

@Factory
public class EmrClientFactory {

    @Singleton
    @Bean(preDestroy = "close")
    EmrClient emrClient(AwsSettings settings) {
        return settings.configure(EmrClient.builder(), settings.endpointOverride())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }
}
