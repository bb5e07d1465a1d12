package io.lanmu.modularityfixture.billing;

import io.lanmu.modularityfixture.orders.Order;
import io.lanmu.modularityfixture.stock.Stock;

public class Invoice {

    public boolean issue(Order order, Stock stock) {
        // The wrong turn: stock is not among billing's declared dependencies.
        return order != null && stock.available("invoice") > 0;
    }
}
