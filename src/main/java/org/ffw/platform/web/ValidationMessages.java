package org.ffw.platform.web;

import java.util.Locale;

import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jakarta.validation.MessageInterpolator;

/**
 * Bean Validation speaks English whatever the request's Accept-Language: the API's problem+json is English, and the
 * pages say every message in Chinese through {@link FieldErrors} — which knows the English phrasings, not the
 * validator's own translations (a browser set to zh-CN would otherwise get Hibernate Validator's Chinese for some
 * fields and FieldErrors' for others). The root bundle is used, so the JVM's default locale does not matter either.
 */
@Configuration(proxyBeanMethods = false)
class ValidationMessages {

    @Bean
    ValidationConfigurationCustomizer englishValidationMessages() {
        return configuration -> {
            MessageInterpolator base = configuration.getDefaultMessageInterpolator();
            configuration.messageInterpolator(new MessageInterpolator() {
                @Override
                public String interpolate(String template, Context context) {
                    return base.interpolate(template, context, Locale.ROOT);
                }

                @Override
                public String interpolate(String template, Context context, Locale locale) {
                    return base.interpolate(template, context, Locale.ROOT);
                }
            });
        };
    }
}
