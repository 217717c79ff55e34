package org.concerto.http;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Faces form read from a page as a browser would post it: its inputs, text areas and checked radios with their
 * values (the view state among them), so that a test changes one field and posts the rest as they were.
 */
final class JsfForm {

    private static final Pattern TAG = Pattern.compile("<(input|textarea|button)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    final String id;
    final Map<String, String> fields = new LinkedHashMap<>();

    /** The name of the form's file input, if it has one. */
    String fileInput;

    private JsfForm(String id) {
        this.id = id;
    }

    /** The form of that id in the page; the named button is the one that submits it. */
    static JsfForm of(String page, String id, String button) {
        int start = page.indexOf("<form id=\"" + id + "\"");
        if (start < 0) {
            throw new AssertionError("no form " + id + " in the page: " + excerpt(page));
        }
        int end = page.indexOf("</form>", start);
        String html = page.substring(start, end);
        JsfForm form = new JsfForm(id);
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String attributes = tag.group(2);
            String name = attribute(attributes, "name");
            String type = attribute(attributes, "type");
            if (name == null) {
                continue;
            }
            if (tag.group(1).equalsIgnoreCase("textarea")) {
                int close = html.indexOf("</textarea>", tag.end());
                form.fields.put(name, unescape(html.substring(tag.end(), close)));
            } else if ("file".equals(type)) {
                form.fileInput = name;
            } else if (tag.group(1).equalsIgnoreCase("button") || "submit".equals(type) || "button".equals(type)) {
                continue;
            } else if ("radio".equals(type) || "checkbox".equals(type)) {
                if (attributes.contains("checked")) {
                    form.fields.put(name, unescape(attribute(attributes, "value")));
                }
            } else {
                String value = attribute(attributes, "value");
                form.fields.put(name, value == null ? "" : unescape(value));
            }
        }
        Matcher select = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL)
                .matcher(html);
        while (select.find()) {
            String name = attribute(select.group(1), "name");
            Matcher option = Pattern.compile("<option\\b([^>]*)>").matcher(select.group(2));
            String chosen = null;
            while (option.find()) {
                String value = attribute(option.group(1), "value");
                if (chosen == null || option.group(1).contains("selected")) {
                    chosen = value;
                }
                if (option.group(1).contains("selected")) {
                    break;
                }
            }
            if (name != null && chosen != null) {
                form.fields.put(name, unescape(chosen));
            }
        }
        form.fields.put(button, button);
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            form.fields.put("primefaces.nonce", nonce.group(1));
        }
        return form;
    }

    JsfForm set(String field, String value) {
        fields.put(id + ":" + field, value);
        return this;
    }

    String encoded() {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The form as multipart/form-data, with one file. */
    byte[] multipart(String boundary, String fileField, String fileName, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                        + "\r\n"));
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return body.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The value of a field of the page's form, as the user sees it in the field. */
    static String valueIn(String page, String name) {
        Matcher input = Pattern.compile("<input\\b[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>")
                .matcher(page);
        if (input.find()) {
            String value = attribute(input.group(), "value");
            return value == null ? "" : unescape(value);
        }
        Matcher area = Pattern.compile(
                        "<textarea\\b[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>(.*?)</textarea>", Pattern.DOTALL)
                .matcher(page);
        return area.find() ? unescape(area.group(1)) : null;
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("(?:^|\\s)" + name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1) : null;
    }

    /** HTML's character references back to characters. */
    static String unescape(String html) {
        Matcher reference = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos|nbsp);")
                .matcher(html);
        StringBuilder text = new StringBuilder();
        while (reference.find()) {
            String name = reference.group(1);
            String character =
                    switch (name) {
                        case "lt" -> "<";
                        case "gt" -> ">";
                        case "amp" -> "&";
                        case "quot" -> "\"";
                        case "apos" -> "'";
                        case "nbsp" -> "\u00a0";
                        default ->
                            new String(Character.toChars(
                                    name.startsWith("#x")
                                            ? Integer.parseInt(name.substring(2), 16)
                                            : Integer.parseInt(name.substring(1))));
                    };
            reference.appendReplacement(text, Matcher.quoteReplacement(character));
        }
        reference.appendTail(text);
        return text.toString();
    }

    static String excerpt(String page) {
        return page.length() > 600 ? page.substring(0, 600) + "…" : page;
    }
}
