package org.ffw.platform.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.YearMonthDeserializer;

/**
 * Every {@link LocalDate} (and {@link YearMonth}) a caller sends is inside {@link DateRange}, wherever it is bound:
 * query and path parameters (a formatter that comes before the {@code @DateTimeFormat} ones, so it applies to every
 * parameter, annotated or not) and JSON bodies (Jackson deserializers). Outside the range the binding fails and
 * {@link ApiExceptionHandler} answers 400 naming the field with {@link DateRange#MESSAGE}.
 */
@Configuration(proxyBeanMethods = false)
class DateBinding implements WebMvcConfigurer {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatter(new Formatter<LocalDate>() {
            @Override
            public LocalDate parse(String text, Locale locale) {
                return DateRange.check(LocalDate.parse(text.strip()));
            }

            @Override
            public String print(LocalDate date, Locale locale) {
                return date.toString();
            }
        });
        registry.addFormatter(new Formatter<YearMonth>() {
            @Override
            public YearMonth parse(String text, Locale locale) {
                return DateRange.check(YearMonth.parse(text.strip(), MONTH));
            }

            @Override
            public String print(YearMonth month, Locale locale) {
                return month.toString();
            }
        });
    }

    @Bean
    Jackson2ObjectMapperBuilderCustomizer datesInRange() {
        return b -> b.deserializerByType(LocalDate.class, new RangedDate())
                .deserializerByType(YearMonth.class, new RangedMonth());
    }

    /** A JSON date outside the range: an {@link InvalidFormatException} the handler recognises by its class. */
    static final class OutOfRangeJson extends InvalidFormatException {
        OutOfRangeJson(JsonParser p, Object value, Class<?> type) {
            super(p, DateRange.MESSAGE, value, type);
        }
    }

    private static final class RangedDate extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            LocalDate d = LocalDateDeserializer.INSTANCE.deserialize(p, ctx);
            if (!DateRange.contains(d)) {
                throw new OutOfRangeJson(p, d, LocalDate.class);
            }
            return d;
        }
    }

    private static final class RangedMonth extends JsonDeserializer<YearMonth> {
        @Override
        public YearMonth deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            YearMonth m = YearMonthDeserializer.INSTANCE.deserialize(p, ctx);
            if (!DateRange.contains(m)) {
                throw new OutOfRangeJson(p, m, YearMonth.class);
            }
            return m;
        }
    }
}
