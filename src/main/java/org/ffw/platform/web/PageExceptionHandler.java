package org.ffw.platform.web;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a page shows when a service refuses: a friendly page with the status, a Chinese explanation and the service's
 * reason as small print (never a person's account name: the services do not put one in their reasons) — never a
 * stack trace. Validation problems are said in Chinese only. Pages handle the validation errors they can show next
 * to a field themselves; whatever reaches this handler is shown as a page. REST controllers are answered by
 * {@link ApiExceptionHandler}, which comes first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return page(HttpStatus.NOT_FOUND, "未找到", "您要找的内容不存在，或您无权知道它是否存在。", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(AccessDeniedException e) {
        return page(HttpStatus.FORBIDDEN, "无权访问", "此内容不属于您查看或办理的范围。",
                e instanceof ForbiddenException ? e.getMessage() : "You are not allowed to do this.");
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e) {
        return page(HttpStatus.CONFLICT, "操作未完成", "此事项的状态已经变化（例如已被他人认领或已办结），请返回刷新后再试。",
                e.getMessage());
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, DuplicateKeyException.class,
            org.camunda.bpm.engine.OptimisticLockingException.class})
    ModelAndView concurrent(RuntimeException e) {
        log.info("concurrent modification on a page: {}", e.toString());
        return page(HttpStatus.CONFLICT, "操作未完成", "有人同时修改了此事项，请返回刷新后再试。",
                "Someone else changed this at the same time.");
    }

    @ExceptionHandler(UnprocessableException.class)
    ModelAndView unprocessable(UnprocessableException e) {
        return page(HttpStatus.UNPROCESSABLE_ENTITY, "无法处理", "请求无法按此方式处理。", e.getMessage());
    }

    /** Validation problems no page showed next to its field: in Chinese only, without field names or English. */
    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e) {
        String zh = String.join("；", FieldErrors.of(e).all().stream().map(FieldErrors.Message::zh).distinct().toList());
        return page(HttpStatus.BAD_REQUEST, "输入有误", zh.isEmpty() ? "请检查填写的内容后重试。" : zh + "。", null);
    }

    /** An engine step threw one of ours: show what it means. */
    @ExceptionHandler(org.camunda.bpm.engine.ProcessEngineException.class)
    ModelAndView engine(org.camunda.bpm.engine.ProcessEngineException e) {
        RuntimeException cause = ClientErrors.causeOf(e).orElseThrow(() -> e);
        if (cause instanceof InvalidInputException i) {
            return invalid(i);
        }
        if (cause instanceof ConflictException c) {
            return conflict(c);
        }
        if (cause instanceof NotFoundException n) {
            return notFound(n);
        }
        return unprocessable((UnprocessableException) cause);
    }

    static ModelAndView page(HttpStatus status, String title, String explanation, String detail) {
        ModelAndView mv = new ModelAndView("error", Map.of("status", status.value(), "reason", title,
                "explanation", explanation, "detail", detail == null ? "" : detail));
        mv.setStatus(status);
        return mv;
    }
}
