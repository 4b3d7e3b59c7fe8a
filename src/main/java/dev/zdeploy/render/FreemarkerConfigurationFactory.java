package dev.zdeploy.render;

import freemarker.cache.StrongCacheStorage;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateExceptionHandler;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Builds the FreeMarker configuration for a code generator: errors are rethrown, never printed into
 * the output; plain text; locale and time zone fixed so output does not depend on the machine; and
 * every template sandboxed: {@code ?new} may create no class and {@code ?api} is off, so a site's
 * template cannot reach the Java API.
 */
final class FreemarkerConfigurationFactory {

    private FreemarkerConfigurationFactory() {}

    static Configuration create(TemplateSource source) {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_35);
        configuration.setTemplateLoader(source.loader());
        configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
        configuration.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        configuration.setLocale(Locale.ROOT);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setNumberFormat("computer");
        configuration.setBooleanFormat("c");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setAttemptExceptionReporter((e, env) -> { });
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setLocalizedLookup(false);
        configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        // Loaded templates carry the run-limit checks JobRenderer adds: they are never dropped and reloaded.
        configuration.setCacheStorage(new StrongCacheStorage());
        configuration.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35).build());
        return configuration;
    }
}
