package io.lanmu.load;

import io.lanmu.testsupport.H2Database;
import java.util.Map;

class BackgroundWorkUnderLoadOnH2Test extends BackgroundWorkUnderLoadTests {

    @Override
    RunningLanmu start() {
        return RunningLanmu.start(Map.of(), new H2Database());
    }
}
