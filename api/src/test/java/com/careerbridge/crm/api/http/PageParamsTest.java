package com.careerbridge.crm.api.http;

import com.careerbridge.crm.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageParamsTest {

    @Test
    void defaultsAndCap() {
        assertThat(PageParams.of(null, null)).isEqualTo(new PageParams(0, PageParams.DEFAULT_SIZE));
        assertThat(PageParams.of(2, 10_000).size()).isEqualTo(PageParams.MAX_SIZE);
        assertThat(PageParams.of(2, 30).toPageable(Sort.by("name")).getOffset()).isEqualTo(60);
    }

    @Test
    void negativePagesAndEmptyPagesAreFieldErrors() {
        assertThatThrownBy(() -> PageParams.of(-1, 10)).isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid.page.out-of-range");
        assertThatThrownBy(() -> PageParams.of(0, 0)).isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid.size.out-of-range");
    }
}
