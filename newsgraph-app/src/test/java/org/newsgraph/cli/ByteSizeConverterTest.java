package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class ByteSizeConverterTest {

    private final ByteSizeConverter sizes = new ByteSizeConverter();

    @Test
    void reads_binary_units_with_or_without_ib() {
        assertThat(sizes.convert("16M")).isEqualTo(16L << 20);
        assertThat(sizes.convert("16MiB")).isEqualTo(16L << 20);
        assertThat(sizes.convert("512k")).isEqualTo(512L << 10);
        assertThat(sizes.convert("1G")).isEqualTo(1L << 30);
        assertThat(sizes.convert("4096")).isEqualTo(4096L);
    }

    @Test
    void refuses_nonsense_zero_and_sizes_beyond_2g() {
        assertThatThrownBy(() -> sizes.convert("12X")).isInstanceOf(TypeConversionException.class);
        assertThatThrownBy(() -> sizes.convert("0")).isInstanceOf(TypeConversionException.class);
        assertThatThrownBy(() -> sizes.convert("3G")).isInstanceOf(TypeConversionException.class);
        assertThatThrownBy(() -> sizes.convert("99999999999999999999")).isInstanceOf(TypeConversionException.class);
    }
}
