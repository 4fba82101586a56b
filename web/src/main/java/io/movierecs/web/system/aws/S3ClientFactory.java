package io.movierecs.web.system.aws;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
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

    /**
     * The S3 client asks for {@code Expect: 100-continue} on every PutObject and UploadPart. When the
     * server closes a kept-alive connection meanwhile, the JDK's HttpURLConnection fails inside that
     * handshake with an exception the SDK does not retry ("Unexpected end of file from server",
     * aws-sdk-java-v2#6670; its switch, S3Configuration.expectContinueEnabled, came after the SDK
     * version we use). Without the header the failure is an ordinary, retried I/O error; the cost is
     * sending a body the server would refuse, which our uploads (own bucket, own keys) do not meet.
     */
    static final class NoExpectContinue implements ExecutionInterceptor {
        @Override
        public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
            return context.httpRequest().toBuilder().removeHeader("Expect").build();
        }
    }

    @Singleton
    @Bean(preDestroy = "close")
    S3Client s3Client(AwsSettings settings) {
        S3ClientBuilder builder = settings.configure(S3Client.builder(), settings.s3EndpointOverride())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> o.addExecutionInterceptor(new NoExpectContinue()));
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
