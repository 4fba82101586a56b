package io.movierecs.web.system.aws;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

@Factory
public class S3ClientFactory {

    @Singleton
    @Bean(preDestroy = "close")
    S3Client s3Client(AwsSettings settings) {
        S3ClientBuilder builder = settings.configure(S3Client.builder(), settings.s3EndpointOverride())
                .httpClientBuilder(UrlConnectionHttpClient.builder());
        if (settings.s3EndpointOverride().isPresent()) {
            // Emulators serve buckets by path, not by host name, and not all of them know the
            // CRC checksums the SDK sends by default since 2.30.
            builder.forcePathStyle(true)
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        }
        return builder.build();
    }
}
