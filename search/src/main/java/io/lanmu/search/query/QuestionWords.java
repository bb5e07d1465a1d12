package io.lanmu.search.query;

import java.util.Set;

/**
 * The words of a question around what a visitor is looking for (怎么, 如何, 在哪里, 多少钱, 吗): documents rarely hold
 * them, so they are dropped, unless a query holds nothing else. Compared with smartcn's words, so 在哪里 is 在 + 哪里 and 多少钱 is 多少 + 钱.
 */
final class QuestionWords {

    private static final Set<String> WORDS = Set.of(
            "怎么", "怎么办", "怎么样", "怎样", "如何", "哪里", "哪儿", "在", "哪", "多少", "钱", "什么", "为什么", "啥",
            "吗", "呢", "吧", "啊", "呀", "的", "了", "请问", "我", "我们", "想", "要", "能", "能否", "能不能", "可以",
            "是否", "是", "有", "没有", "去", "办", "一下", "问", "咨询", "该", "应该", "得", "多久", "几", "时候");

    private QuestionWords() {
    }

    static boolean isQuestionWord(String word) {
        return WORDS.contains(word);
    }
}
