package io.hrassist.jd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.jd.domain.Role;
import io.hrassist.jd.kb.JsonRoleCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Titles recruiters commonly post, in English and Russian, and the role of the catalogue each should find: what the
 * job description's responsibilities come from. At least 27 of them (of 44) must find their role.
 */
class CommonTitlesTest {

    private static final Map<String, String> TITLES = new LinkedHashMap<>();

    static {
        TITLES.put("Software Engineer", "software-engineer");
        TITLES.put("Senior Java Developer", "backend-engineer");
        TITLES.put("Registered Nurse", "nurse");
        TITLES.put("Sales Representative", "sales-representative");
        TITLES.put("Warehouse Associate", "warehouse-worker");
        TITLES.put("Teacher", "teacher");
        TITLES.put("Electrician", "electrician");
        TITLES.put("Truck Driver", "driver");
        TITLES.put("Cashier", "cashier");
        TITLES.put("Customer Service Representative", "customer-support-specialist");
        TITLES.put("Administrative Assistant", "office-manager");
        TITLES.put("Accountant", "accountant");
        TITLES.put("Project Manager", "project-manager");
        TITLES.put("Marketing Manager", "marketing-manager");
        TITLES.put("Data Analyst", "data-analyst");
        TITLES.put("Product Manager", "product-manager");
        TITLES.put("Frontend Developer", "frontend-engineer");
        TITLES.put("HR Manager", "hr-generalist");
        TITLES.put("Delivery Driver", "driver");
        TITLES.put("Retail Sales Associate", "cashier");
        TITLES.put("Elementary School Teacher", "teacher");
        TITLES.put("Forklift Operator", "warehouse-worker");
        TITLES.put("Bookkeeper", "accountant");
        TITLES.put("IT Support Specialist", "technical-support-engineer");
        TITLES.put("Главный бухгалтер", "accountant");
        TITLES.put("Менеджер по продажам", "b2b-sales-manager");
        TITLES.put("Кладовщик", "warehouse-worker");
        TITLES.put("Учитель математики", "teacher");
        TITLES.put("Медицинская сестра", "nurse");
        TITLES.put("Медсестра процедурного кабинета", "nurse");
        TITLES.put("Водитель-экспедитор", "driver");
        TITLES.put("Водитель категории C", "driver");
        TITLES.put("Продавец-кассир", "cashier");
        TITLES.put("Электрик", "electrician");
        TITLES.put("Электромонтажник", "electrician");
        TITLES.put("Программист 1С", "software-engineer");
        TITLES.put("Инженер-программист", "software-engineer");
        TITLES.put("Системный администратор", "system-administrator");
        TITLES.put("Бизнес-аналитик", "business-analyst");
        TITLES.put("Java-разработчик", "backend-engineer");
        TITLES.put("Торговый представитель", "sales-representative");
        TITLES.put("Оператор call-центра", "customer-support-specialist");
        TITLES.put("Грузчик", "warehouse-worker");
        TITLES.put("Воспитатель детского сада", "teacher");
    }

    private final JsonRoleCatalog catalog = new JsonRoleCatalog(new ObjectMapper());

    @Test
    void findsTheRoleOfAtLeast27Of44CommonTitles() {
        var matched = new ArrayList<String>();
        var missed = new ArrayList<String>();
        TITLES.forEach((title, role) -> {
            String found = catalog.match(title).map(Role::id).orElse("nothing");
            (found.equals(role) ? matched : missed).add(title + " → " + found);
        });

        assertThat(TITLES).hasSizeGreaterThanOrEqualTo(30);
        assertThat(matched).as("missed: %s", missed).hasSizeGreaterThanOrEqualTo(27);
        assertThat(missed).as("every one of them finds its role today").isEmpty();
    }

    @Test
    void findsNoRoleInWordsThatMerelyContainAKeyword() {
        assertThat(catalog.match("Settlement Officer")).isEmpty();
        assertThat(catalog.match("Biologist")).isEmpty();
        assertThat(catalog.match("Linux Kernel Driver Engineer")).map(Role::id).hasValue("embedded-engineer");
    }
}
