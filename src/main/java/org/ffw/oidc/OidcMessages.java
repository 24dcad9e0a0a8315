package org.ffw.oidc;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.support.AbstractResourceBasedMessageSource;
import org.springframework.stereotype.Component;

/**
 * Adds the bundle {@code i18n/oidc} (the login page's OIDC texts, Chinese and English) to the application's message
 * source, whatever {@code spring.messages.basename} lists. (Listing {@code i18n/oidc} there instead makes this a
 * no-op: a basename is added once.)
 */
@Component
class OidcMessages implements BeanPostProcessor {

    static final String BUNDLE = "i18n/oidc";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractResourceBasedMessageSource source && "messageSource".equals(beanName)) {
            source.addBasenames(BUNDLE);
        }
        return bean;
    }
}
