package org.tejido.evidence.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of evidence ({@code tejido.evidence.*}).
 *
 * @param maxFileSize the largest file taken as evidence; uploads through the pages are
 * also bound by {@code spring.servlet.multipart.max-file-size}
 */
@ConfigurationProperties("tejido.evidence")
public record EvidenceSettings(@DefaultValue("50MB") DataSize maxFileSize) {
}
