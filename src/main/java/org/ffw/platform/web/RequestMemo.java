package org.ffw.platform.web;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What a page looks up many times while it renders (a person's name for every line of a timeline), looked up once
 * per request. Lives only as long as the request: nothing is cached across requests or nodes. Outside a request the
 * lookup simply runs.
 */
public final class RequestMemo {

    private static final String ATTRIBUTE = RequestMemo.class.getName();

    private RequestMemo() {
    }

    @SuppressWarnings("unchecked")
    public static <V> V get(String namespace, Object key, Function<Object, V> lookup) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return lookup.apply(key);
        }
        Map<String, Object> memo = (Map<String, Object>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (memo == null) {
            memo = new HashMap<>();
            request.setAttribute(ATTRIBUTE, memo, RequestAttributes.SCOPE_REQUEST);
        }
        String k = namespace + "\u0000" + key;
        if (!memo.containsKey(k)) {
            memo.put(k, lookup.apply(key));
        }
        return (V) memo.get(k);
    }
}
