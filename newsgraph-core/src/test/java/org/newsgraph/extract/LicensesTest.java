package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LicensesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://creativecommons.org/licenses/by-nc-nd/4.0/|CC-BY-NC-ND-4.0",
            "http://creativecommons.org/licenses/by/2.5/deed.en|CC-BY-2.5",
            "//creativecommons.org/licenses/by-sa/3.0/|CC-BY-SA-3.0",
            "https://creativecommons.org/publicdomain/zero/1.0/|CC0-1.0",
            "https://example.com/terms|",
            "https://i.creativecommons.org/l/by-nc-sa/4.0/88x31.png|CC-BY-NC-SA-4.0",
            "https://licensebuttons.net/l/by/3.0/80x15.png|CC-BY-3.0",
            "https://licensebuttons.net/p/zero/1.0/88x31.png|CC0-1.0"})
    void names_licence_links_by_spdx_id(String url, String expected) {
        assertThat(Licenses.fromUrl(url)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "This work is licensed under Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International (CC BY-NC-ND 4.0) License.|CC-BY-NC-ND-4.0",
            "Text is available under CC BY 2.5.|CC-BY-2.5",
            "Licensed under a Creative Commons Attribution-ShareAlike 3.0 Unported License|CC-BY-SA-3.0",
            "Published under the Creative Commons Attribution License, version 4.0|CC-BY-4.0",
            "Released as CC0.|CC0-1.0",
            "Creative Commons: Some rights reserved.|",
            "Copyright 2019 Reuters. All rights reserved.|",
            "Permission is granted under the GNU Free Documentation License, Version 1.2 or any later version.|GFDL-1.2-or-later",
            "Text under GPL-3.0-or-later.|GPL-3.0-or-later",
            "Released under the GNU General Public License v3|GPL-3.0-only"})
    void names_licences_written_out_in_text(String text, String expected) {
        assertThat(Licenses.fromText(text)).isEqualTo(expected);
    }
}
