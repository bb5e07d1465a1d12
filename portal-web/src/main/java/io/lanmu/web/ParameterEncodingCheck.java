package io.lanmu.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 400 when the query string is not valid percent-encoded UTF-8 ({@code q=%FF%FE}, an encoded
 * surrogate): Tomcat refuses to decode such parameters by throwing from wherever they are first read,
 * which would otherwise end as a 500.
 */
class ParameterEncodingCheck extends OncePerRequestFilter {

    private final ProblemWriter problems;

    ParameterEncodingCheck(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        }
        catch (IllegalStateException undecodable) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "parameter-encoding-invalid");
            return;
        }
        chain.doFilter(request, response);
    }
}
