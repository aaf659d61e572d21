package io.hrassist.resume.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A Russian resume reads the same to a model in the feminine as in the masculine; other words stay as written. */
class GenderedWordsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Разработал витрины данных на SQL.|Разработала витрины данных на SQL.",
                "Руководил группой из трёх аналитиков.|Руководила группой из трёх аналитиков.",
                "Работал с отчётами, вёл дашборды.|Работала с отчётами, вела дашборды.",
                "Отвечал за отчётность и участвовал во внедрении.|Отвечала за отчётность и участвовала во внедрении.",
                "Ответственный, коммуникабельный, стрессоустойчивый.|Ответственная, коммуникабельная, стрессоустойчивая.",
                "Ответственный и внимательный к деталям аналитик.|Ответственная и внимательная к деталям аналитик.",
                "Занимался автоматизацией, провёл обучение.|Занималась автоматизацией, провела обучение.",
                "Нашёл подрядчика, смог сократить сроки, привлёк клиентов.|Нашла подрядчика, смогла сократить сроки, привлекла клиентов.",
                "Был назначен руководителем группы.|Была назначена руководителем группы.",
                "Был ответственным за релизы.|Была ответственной за релизы.",
                "Готов к командировкам. Увлёкся машинным обучением.|Готова к командировкам. Увлеклась машинным обучением.",
                "Java-разработчик, участник хакатона, вырос до тимлида.|Java-разработчица, участница хакатона, выросла до тимлида.",
                "ОКОНЧИЛ С ОТЛИЧИЕМ.|ОКОНЧИЛА С ОТЛИЧИЕМ.",
            })
    void readsTheFeminineAsTheMasculine(String masculine, String feminine) {
        assertThat(GenderedWords.masculine(feminine)).isEqualTo(GenderedWords.masculine(masculine));
        assertThat(GenderedWords.masculine(feminine)).isEqualTo(masculine.replace('ё', 'е'));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Руководитель отдела персонала с начала года.",
                "Продуктовая аналитика и самостоятельная работа с каналами продаж.",
                "Правила оформления, сила привычки, запуск нового канала.",
                "ООО «Финтех Лаб», АО «Невский Банк»: активная позиция, творческая задача.",
                "Built payment APIs in Java 17.",
            })
    void leavesWordsThatSayNothingOfTheWriterAsTheyAre(String text) {
        assertThat(GenderedWords.masculine(text)).isEqualTo(text);
    }
}
