package org.ffw.employer;

import java.util.List;

import org.ffw.employer.EmployerService.NewEmployer;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The demo employers of the embedded default. */
@Component
@ConditionalOnProperty(name = "ffw.demo.enabled", havingValue = "true")
class DemoEmployers implements SmartInitializingSingleton {

    private final EmployerService employers;
    private final EmployerMapper mapper;

    DemoEmployers(EmployerService employers, EmployerMapper mapper) {
        this.employers = employers;
        this.mapper = mapper;
    }

    static List<NewEmployer> all() {
        return List.of(
                new NewEmployer("91310115MA1H8R7C41", "上海示例科技有限公司", "310115", "上海市浦东新区张江路 100 号",
                        "王建国"),
                new NewEmployer("91310104MA1K3P5Q2X", "上海样本餐饮有限公司", "310104", "上海市徐汇区漕溪北路 88 号",
                        "李春华"));
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (NewEmployer e : all()) {
            if (mapper.find(e.creditCode()) == null) {
                employers.register(e);
            }
        }
    }
}
