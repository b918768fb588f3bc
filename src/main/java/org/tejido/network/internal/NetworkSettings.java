package org.tejido.network.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the network module ({@code tejido.network.*}).
 *
 * @param maxImportSize the largest map file taken by an import (a CSV zip, GraphML or
 * GEXF); a larger one is refused with 413 before it is read
 */
@ConfigurationProperties("tejido.network")
public record NetworkSettings(@DefaultValue("2MB") DataSize maxImportSize) {
}
