package dev.parallax.eval.extraction;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlBytesTest {
    @Test
    void validUtf8IsReadAsUtf8WhateverThePageDeclares() {
        String page = "<meta charset=iso-8859-1><p>Grüße aus Köln</p>";
        assertEquals(page, HtmlBytes.decode(page.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void invalidUtf8FallsBackToTheDeclaredCharset() {
        String page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1250\"><p>Łódź, źródło</p>";
        assertEquals(page, HtmlBytes.decode(page.getBytes(Charset.forName("windows-1250"))));
    }

    @Test
    void undeclaredNonUtf8IsReadAsWindows1252() {
        String page = "<p>Straße – „Zitat“</p>";
        assertEquals(page, HtmlBytes.decode(page.getBytes(Charset.forName("windows-1252"))));
    }

    @Test
    void charsetOfAScriptTagIsNotThePagesCharset() {
        String page = "<script src=\"/_static/js/playback.js\" charset=\"utf-8\"></script>"
                + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1250\"><p>Łódź, źródło</p>";
        assertEquals(page, HtmlBytes.decode(page.getBytes(Charset.forName("windows-1250"))));
    }
}
