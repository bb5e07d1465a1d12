package io.lanmu.modularityfixture.orders;

import io.lanmu.modularityfixture.stock.Stock;
import io.lanmu.modularityfixture.stock.internal.Ledger;

public class Order {

    public boolean place(Stock stock, Ledger ledger, String article) {
        // The wrong turn: the ledger is internal to stock.
        ledger.book(article, 1);
        return stock.available(article) > 0;
    }
}
