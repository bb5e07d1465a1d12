package io.lanmu.testsupport;

import io.lanmu.deadline.InformationCategory;
import io.lanmu.item.ItemChanges;
import io.lanmu.item.ItemContent;
import io.lanmu.item.NewItem;
import java.time.Instant;
import java.util.List;

/**
 * Items as tests need them, with believable Chinese content.
 */
public final class ItemMother {

    private ItemMother() {
    }

    public static NewItem notice(long columnId) {
        return notice(columnId, InformationCategory.GENERAL, null);
    }

    public static NewItem notice(long columnId, InformationCategory category, Instant receivedAt) {
        return new NewItem(columnId, category, receivedAt, new ItemContent("关于调整办税服务厅服务时间的通告",
                "自12月1日起延长服务时间", "<p>为方便纳税人办理业务，自2026年12月1日起，办税服务厅工作日延时服务至18:00。</p>",
                "办公室", "青川市税务局", List.of("办税服务厅"), null, null, null, null, List.of()));
    }

    /** An edit of the title and body only, based on {@code version}. */
    public static ItemChanges retitled(long version, String title, String body) {
        return new ItemChanges(version, null, null, null, title, null, body, null, null, null, null, null, null, null,
                null);
    }
}
