package io.movierecs.web.serving;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FactorIndexTest {

    @Test
    void movieRowsFindEveryIdAndMissUnknownOnes() {
        int[] ids = new int[5000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i * 37 + 11;
        }
        FactorIndex rows = new FactorIndex(ids);

        for (int i = 0; i < ids.length; i++) {
            assertThat(rows.rowOf(ids[i])).isEqualTo(i);
        }
        assertThat(rows.rowOf(12)).isEqualTo(-1);
    }
}
