package io.lanmu.load;

import io.lanmu.testsupport.PostgresDatabase;
import java.util.Map;

class BackgroundWorkUnderLoadOnPostgresTest extends BackgroundWorkUnderLoadTests {

    @Override
    RunningLanmu start() {
        return RunningLanmu.start(Map.of(), new PostgresDatabase());
    }
}
