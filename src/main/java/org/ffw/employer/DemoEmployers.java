package org.ffw.employer;

import java.util.ArrayList;
import java.util.List;

import org.ffw.employer.EmployerService.NewEmployer;
import org.ffw.rules.CreditCodes;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo employers of the embedded default: the two behind the demo employer accounts, and thirty more registered
 * in Pudong (310115) with sectors and size bands, so that a campaign of sample 20 can be drawn in the demo. Their
 * credit codes are {@code 91310115MA1FFWnnn} + the check character (GB 32100, computed). An employer registered
 * before it had a sector is classified on startup.
 */
@Component
@ConditionalOnProperty(name = "ffw.demo.enabled", havingValue = "true")
class DemoEmployers implements SmartInitializingSingleton {

    /** name, sector, size band of the Pudong campaign demo employers, numbered 001… in this order. */
    private static final String[][] PUDONG = {
            {"上海张江芯片设计有限公司", "I", "FROM_300_TO_999"},
            {"上海陆家嘴资产管理有限公司", "J", "FROM_100_TO_299"},
            {"上海金桥汽车零部件有限公司", "C", "FROM_1000"},
            {"上海外高桥物流有限公司", "G", "FROM_300_TO_999"},
            {"上海川沙餐饮管理有限公司", "H", "FROM_20_TO_99"},
            {"上海周浦百货有限公司", "F", "FROM_100_TO_299"},
            {"上海临港智能制造有限公司", "C", "FROM_300_TO_999"},
            {"上海惠南建设工程有限公司", "E", "FROM_100_TO_299"},
            {"上海世纪公园文化传播有限公司", "R", "UNDER_20"},
            {"上海花木软件技术有限公司", "I", "FROM_20_TO_99"},
            {"上海三林物业服务有限公司", "K", "FROM_100_TO_299"},
            {"上海北蔡商务咨询有限公司", "L", "UNDER_20"},
            {"上海高行生物医药研究有限公司", "M", "FROM_100_TO_299"},
            {"上海洋泾幼儿教育有限公司", "P", "FROM_20_TO_99"},
            {"上海塘桥康复医院有限公司", "Q", "FROM_300_TO_999"},
            {"上海曹路家政服务有限公司", "O", "FROM_20_TO_99"},
            {"上海航头农业发展有限公司", "A", "UNDER_20"},
            {"上海祝桥航空服务有限公司", "G", "FROM_1000"},
            {"上海唐镇电子商务有限公司", "F", "FROM_20_TO_99"},
            {"上海康桥食品有限公司", "C", "FROM_100_TO_299"},
            {"上海合庆环境工程有限公司", "N", "FROM_20_TO_99"},
            {"上海新场文化旅游有限公司", "R", "FROM_20_TO_99"},
            {"上海宣桥电力设备有限公司", "D", "FROM_100_TO_299"},
            {"上海书院融资租赁有限公司", "J", "UNDER_20"},
            {"上海万祥酒店管理有限公司", "H", "FROM_100_TO_299"},
            {"上海老港再生资源有限公司", "N", "FROM_100_TO_299"},
            {"上海泥城精密机械有限公司", "C", "FROM_20_TO_99"},
            {"上海大团信息服务有限公司", "I", "FROM_100_TO_299"},
            {"上海张江数据科技有限公司", "I", "FROM_1000"},
            {"上海陆家嘴会展服务有限公司", "L", "FROM_20_TO_99"},
    };

    private final EmployerService employers;
    private final EmployerMapper mapper;

    DemoEmployers(EmployerService employers, EmployerMapper mapper) {
        this.employers = employers;
        this.mapper = mapper;
    }

    static List<NewEmployer> all() {
        List<NewEmployer> all = new ArrayList<>(List.of(
                new NewEmployer("91310115MA1H8R7C41", "上海示例科技有限公司", "310115", "上海市浦东新区张江路 100 号",
                        "王建国", Sector.I, SizeBand.FROM_100_TO_299),
                new NewEmployer("91310104MA1K3P5Q2X", "上海样本餐饮有限公司", "310104", "上海市徐汇区漕溪北路 88 号",
                        "李春华", Sector.H, SizeBand.FROM_20_TO_99)));
        for (int i = 0; i < PUDONG.length; i++) {
            all.add(new NewEmployer(pudongCode(i + 1), PUDONG[i][0], "310115", null, null, Sector.of(PUDONG[i][1]),
                    SizeBand.valueOf(PUDONG[i][2])));
        }
        return List.copyOf(all);
    }

    /** The credit code of the n-th Pudong campaign demo employer (1-based). */
    static String pudongCode(int n) {
        String first17 = "91310115MA1FFW" + String.format("%03d", n);
        return first17 + CreditCodes.checkCharacter(first17);
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (NewEmployer e : all()) {
            Employer existing = mapper.find(e.creditCode());
            if (existing == null) {
                employers.register(e);
            } else if (existing.sector() == null && existing.sizeBand() == null) {
                employers.classify(e.creditCode(), e.sector(), e.sizeBand());
            }
        }
    }
}
